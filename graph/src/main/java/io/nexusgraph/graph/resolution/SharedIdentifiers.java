package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.concurrent.Parallel;
import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.resolution.Exclusion.Reason;
import io.nexusgraph.graph.resolution.Guardrails.SharedLimit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * Finds the identifiers over a {@link Guardrails.SharedLimit}: those that share identity evidence
 * with more distinct identifiers of another type than allowed. Identifiers already excluded for a
 * stronger reason neither count nor are counted.
 */
final class SharedIdentifiers {

  /**
   * Counts at once in a scoped run: each identifier's count is its own, and on the two cores of the
   * servers targeted two halves of a large-scale nightly seed (about 18,000 identifiers) took
   * 0.31-0.46 s where one count took 0.69 s (scratch harness, a server past its first nights).
   */
  static final int READERS = 2;

  /** A seed smaller than twice this is counted in one read. */
  static final int MIN_PER_READ = 1_000;

  private final Driver driver;
  private final Guardrails guardrails;

  SharedIdentifiers(Driver driver, Guardrails guardrails) {
    this.driver = driver;
    this.guardrails = guardrails;
  }

  /**
   * The shared identifiers among those in {@code scope}; a run over everything counts them from
   * {@code identifiers}.
   */
  Map<IdentifierKey, Exclusion> find(
      String kind,
      Collection<Reason> stronger,
      ResolutionScope scope,
      IdentifierTable identifiers) {
    Map<IdentifierKey, Exclusion> found = new TreeMap<>();
    if (guardrails.sharedLimits().isEmpty()) {
      return found;
    }
    if (scope.all()) {
      return findAll(kind, stronger, identifiers);
    }
    return findScoped(
        kind,
        stronger,
        scope.pending().stream().map(ResolutionScope.Pending::elementId).toList(),
        MIN_PER_READ);
  }

  /**
   * The shared identifiers among {@code elementIds}, counted by {@code <kind>-shared-identifiers}:
   * in {@link #READERS} reads at once when there are at least twice {@code minPerRead}.
   */
  Map<IdentifierKey, Exclusion> findScoped(
      String kind, Collection<Reason> stronger, List<String> elementIds, int minPerRead) {
    Map<IdentifierKey, Exclusion> found = new TreeMap<>();
    List<String> strongerReasons = stronger.stream().map(Reason::columnValue).toList();
    List<Map<String, Object>> limits =
        guardrails.sharedLimits().stream()
            .map(
                l ->
                    Map.<String, Object>of(
                        "type", l.type(), "other_type", l.otherType(), "max", l.max()))
            .toList();
    List<Supplier<List<Record>>> counted = new ArrayList<>();
    try (Parallel parallel = new Parallel(READERS)) {
      for (List<String> part : parts(elementIds, minPerRead)) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("scope", part);
        parameters.put("limits", limits);
        parameters.put("stronger", strongerReasons);
        counted.add(
            parallel.submit(
                () -> Cypher.query(driver, "resolve/" + kind + "-shared-identifiers", parameters)));
      }
      for (Supplier<List<Record>> part : counted) {
        for (Record r : part.get()) {
          note(
              found,
              new IdentifierKey(r.get("type").asString(), r.get("value").asString()),
              r.get("other_type").asString(),
              r.get("linked").asLong(),
              r.get("max").asLong());
        }
      }
    }
    return found;
  }

  /**
   * The shared identifiers among all of {@code kind}'s, counted in Java from one read of the edges
   * (the rule of {@code <kind>-shared-identifiers.cypher}, which serves scoped runs).
   */
  Map<IdentifierKey, Exclusion> findAll(
      String kind, Collection<Reason> stronger, IdentifierTable identifiers) {
    Map<IdentifierKey, Exclusion> found = new TreeMap<>();
    Set<String> types = new HashSet<>();
    guardrails.sharedLimits().forEach(l -> types.add(l.type()));
    Set<String> strongerReasons = new HashSet<>();
    stronger.forEach(r -> strongerReasons.add(r.columnValue()));
    Map<IdentifierKey, Map<String, Integer>> linked =
        SharedLinkCounts.read(driver, kind, identifiers).linked(types, strongerReasons);
    List<SharedLimit> limits = new ArrayList<>(guardrails.sharedLimits());
    limits.sort(Comparator.comparing(SharedLimit::otherType));
    new TreeMap<>(linked)
        .forEach(
            (key, byType) -> {
              for (SharedLimit limit : limits) {
                int count = byType.getOrDefault(limit.otherType(), 0);
                if (limit.type().equals(key.type()) && count > limit.max()) {
                  note(found, key, limit.otherType(), count, limit.max());
                }
              }
            });
    return found;
  }

  /** {@code ids} in {@link #READERS} parts, or one when there are fewer than twice the minimum. */
  private static List<List<String>> parts(List<String> ids, int minPerRead) {
    if (ids.size() < READERS * minPerRead) {
      return List.of(ids);
    }
    int half = (ids.size() + 1) / 2;
    return List.of(ids.subList(0, half), ids.subList(half, ids.size()));
  }

  private static void note(
      Map<IdentifierKey, Exclusion> found,
      IdentifierKey key,
      String otherType,
      long linked,
      long max) {
    String detail = "linked to %d %s identifiers (limit %d)".formatted(linked, otherType, max);
    found.merge(
        key,
        Exclusion.of(key, Reason.SHARED_IDENTIFIER, detail),
        (a, b) -> Exclusion.of(key, Reason.SHARED_IDENTIFIER, a.detail() + "; " + b.detail()));
  }
}
