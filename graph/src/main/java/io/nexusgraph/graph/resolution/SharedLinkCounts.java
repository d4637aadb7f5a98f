package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.identity.IdentifierKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * The shared-identifier counts of every identifier of a kind, from its {@link IdentifierTable} and
 * one streamed read of its {@code SAME_AS} stars: what {@code <kind>-shared-identifiers.cypher}
 * computes per identifier, for a run that looks at the whole graph (a star expansion per identifier
 * costs far more than reading each edge once).
 *
 * <p>The same rule: an identifier shares evidence with the hub and every spoke of each star ({@code
 * edge_id} from one hub) it is linked into by a linkable edge; identifiers excluded for a stronger
 * reason neither count nor are counted.
 */
final class SharedLinkCounts {

  private record Star(long hub, List<Long> spokes) {}

  private final IdentifierTable identifiers;
  private final List<Star> stars = new ArrayList<>();
  private final Map<Long, Set<Integer>> linkedInto = new HashMap<>();

  private SharedLinkCounts(IdentifierTable identifiers) {
    this.identifiers = identifiers;
  }

  /** Reads every {@code SAME_AS} star of {@code kind} ("person" or "group"). */
  static SharedLinkCounts read(Driver driver, String kind, IdentifierTable identifiers) {
    SharedLinkCounts counts = new SharedLinkCounts(identifiers);
    Cypher.stream(driver, "resolve/" + kind + "-same-as-stars", Map.of(), counts::addStar);
    return counts;
  }

  private void addStar(org.neo4j.driver.Record r) {
    long hub = r.get("hub").asLong();
    List<Long> spokes = r.get("spokes").asList(Value::asLong);
    List<Long> links = r.get("links").asList(v -> v.isNull() ? 0L : v.asLong());
    int star = stars.size();
    stars.add(new Star(hub, spokes));
    for (int i = 0; i < spokes.size(); i++) {
      if (links.get(i) == 1L) {
        linkedInto.computeIfAbsent(hub, h -> new HashSet<>()).add(star);
        linkedInto.computeIfAbsent(spokes.get(i), o -> new HashSet<>()).add(star);
      }
    }
  }

  /**
   * Per identifier whose type is in {@code types} and that is not excluded for a reason in {@code
   * stronger}: how many distinct identifiers of each type it shares evidence with.
   */
  Map<IdentifierKey, Map<String, Integer>> linked(Set<String> types, Set<String> stronger) {
    Map<IdentifierKey, Map<String, Integer>> result = new HashMap<>();
    linkedInto.forEach(
        (id, into) -> {
          IdentifierTable.Row node = identifiers.get(id);
          if (node == null // loaded between the two reads: the next run counts it
              || !types.contains(node.key().type())
              || stronger.contains(node.reason())) {
            return;
          }
          Set<Long> others = new HashSet<>();
          for (int star : into) {
            others.add(stars.get(star).hub());
            others.addAll(stars.get(star).spokes());
          }
          others.remove(id);
          Map<String, Integer> byType = new HashMap<>();
          for (Long other : others) {
            IdentifierTable.Row o = identifiers.get(other);
            if (o != null && !stronger.contains(o.reason())) {
              byType.merge(o.key().type(), 1, Integer::sum);
            }
          }
          result.put(node.key(), byType);
        });
    return result;
  }
}
