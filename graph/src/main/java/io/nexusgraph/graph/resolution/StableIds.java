package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.resolution.Assignment.EntityFacts;
import io.nexusgraph.ingest.eventlog.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gives each connected component a public entity id that stays put.
 *
 * <ul>
 *   <li>A component whose identifiers had no entity gets a new id.
 *   <li>A component that only gained identifiers keeps its entity's id.
 *   <li>When components merge, the oldest entity's id survives (earliest first sighting, ties by
 *       id) so that the id most systems already stored keeps working; every other id is retired
 *       with a {@code merge} change pointing at the survivor.
 *   <li>When an entity's identifiers end up in several components, the part holding most of them
 *       keeps the id (ties: the part with the smallest identifier); the other parts get new ids,
 *       recorded as {@code split} changes.
 * </ul>
 *
 * <p>New ids are hashes of the component's smallest identifier (and, for a split, the id it left),
 * so the same data always yields the same ids. Pure computation: no I/O.
 */
final class StableIds {

  private final String prefix;

  StableIds(String prefix) {
    this.prefix = prefix;
  }

  Assignment assign(List<List<Member>> components, Map<String, Instant> previousFirstSeen) {
    List<List<Member>> ordered = new ArrayList<>(components);
    Map<List<Member>, IdentifierKey> smallest = new IdentityHashMap<>();
    ordered.forEach(c -> smallest.put(c, smallest(c)));
    ordered.sort(Comparator.comparing(smallest::get));
    Map<String, List<Member>> homes = homes(ordered);
    Set<String> taken = new HashSet<>(previousFirstSeen.keySet());
    Map<IdentifierKey, String> entityOf = new HashMap<>();
    Map<String, EntityFacts> entities = new LinkedHashMap<>();
    List<IdChange> changes = new ArrayList<>();
    List<String> born = new ArrayList<>();

    for (List<Member> component : ordered) {
      Set<String> previous = previousIds(component);
      List<String> claimants =
          previous.stream().filter(id -> homes.get(id) == component).sorted().toList();
      String id;
      if (claimants.isEmpty()) {
        String leftFrom = previous.stream().sorted().findFirst().orElse(null);
        id = mint(smallest.get(component), leftFrom, taken);
        born.add(id);
        previous.stream()
            .sorted()
            .forEach(old -> changes.add(new IdChange(old, id, IdChange.Change.SPLIT, null)));
      } else {
        id =
            claimants.stream()
                .min(
                    Comparator.comparing(
                            (String e) -> previousFirstSeen.getOrDefault(e, Instant.MAX))
                        .thenComparing(e -> e))
                .orElseThrow();
        claimants.stream()
            .filter(other -> !other.equals(id))
            .forEach(other -> changes.add(new IdChange(other, id, IdChange.Change.MERGE, null)));
      }
      taken.add(id);
      Instant firstSeen = Instant.MAX;
      for (Member member : component) {
        entityOf.put(member.key(), id);
        if (member.firstSeenAt() != null && member.firstSeenAt().isBefore(firstSeen)) {
          firstSeen = member.firstSeenAt();
        }
      }
      entities.put(
          id, new EntityFacts(firstSeen == Instant.MAX ? null : firstSeen, component.size()));
    }
    return new Assignment(entityOf, entities, List.copyOf(changes), List.copyOf(born));
  }

  /** For each previous id, the component holding most of its identifiers. */
  private static Map<String, List<Member>> homes(List<List<Member>> ordered) {
    Map<String, Map<Integer, Integer>> counts = new TreeMap<>();
    for (int c = 0; c < ordered.size(); c++) {
      for (Member member : ordered.get(c)) {
        if (member.previousId() != null) {
          counts
              .computeIfAbsent(member.previousId(), k -> new TreeMap<>())
              .merge(c, 1, Integer::sum);
        }
      }
    }
    Map<String, List<Member>> homes = new HashMap<>();
    counts.forEach(
        (id, perComponent) -> {
          // Components are sorted by smallest identifier, so the first maximum wins ties.
          int best = -1;
          int bestCount = 0;
          for (Map.Entry<Integer, Integer> entry : perComponent.entrySet()) {
            if (entry.getValue() > bestCount) {
              best = entry.getKey();
              bestCount = entry.getValue();
            }
          }
          homes.put(id, ordered.get(best));
        });
    return homes;
  }

  private static Set<String> previousIds(List<Member> component) {
    Set<String> ids = new HashSet<>();
    for (Member member : component) {
      if (member.previousId() != null) {
        ids.add(member.previousId());
      }
    }
    return ids;
  }

  private static IdentifierKey smallest(List<Member> component) {
    return component.stream().map(Member::key).min(Comparator.naturalOrder()).orElseThrow();
  }

  private String mint(IdentifierKey founder, String leftFrom, Set<String> taken) {
    String id =
        leftFrom == null
            ? Ids.of(prefix, founder.type(), founder.value())
            : Ids.of(prefix, founder.type(), founder.value(), "split", leftFrom);
    for (int attempt = 1; taken.contains(id); attempt++) {
      id = Ids.of(prefix, founder.type(), founder.value(), leftFrom, String.valueOf(attempt));
    }
    return id;
  }
}
