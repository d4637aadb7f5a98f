package io.nexusgraph.graph.resolution;

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
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * Finds the identifiers over a {@link Guardrails.SharedLimit}: those that share identity evidence
 * with more distinct identifiers of another type than allowed. Identifiers already excluded for a
 * stronger reason neither count nor are counted.
 */
final class SharedIdentifiers {

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
    List<String> strongerReasons = stronger.stream().map(Reason::columnValue).toList();
    List<Map<String, Object>> limits =
        guardrails.sharedLimits().stream()
            .map(
                l ->
                    Map.<String, Object>of(
                        "type", l.type(), "other_type", l.otherType(), "max", l.max()))
            .toList();
    Map<String, Object> parameters = new HashMap<>(scope.parameter());
    parameters.put("limits", limits);
    parameters.put("stronger", strongerReasons);
    for (Record r : Cypher.query(driver, "resolve/" + kind + "-shared-identifiers", parameters)) {
      note(
          found,
          new IdentifierKey(r.get("type").asString(), r.get("value").asString()),
          r.get("other_type").asString(),
          r.get("linked").asLong(),
          r.get("max").asLong());
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
