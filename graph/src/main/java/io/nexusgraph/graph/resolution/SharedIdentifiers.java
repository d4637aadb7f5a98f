package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.resolution.Exclusion.Reason;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** The shared identifiers among those in {@code scope}. */
  Map<IdentifierKey, Exclusion> find(
      String kind, Collection<Reason> stronger, ResolutionScope scope) {
    Map<IdentifierKey, Exclusion> found = new TreeMap<>();
    if (guardrails.sharedLimits().isEmpty()) {
      return found;
    }
    List<Map<String, Object>> limits =
        guardrails.sharedLimits().stream()
            .map(
                l ->
                    Map.<String, Object>of(
                        "type", l.type(), "other_type", l.otherType(), "max", l.max()))
            .toList();
    List<String> strongerReasons = stronger.stream().map(Reason::columnValue).toList();
    Map<String, Object> parameters = new HashMap<>(scope.parameter());
    parameters.put("limits", limits);
    parameters.put("stronger", strongerReasons);
    for (Record r : Cypher.query(driver, "resolve/" + kind + "-shared-identifiers", parameters)) {
      IdentifierKey key = new IdentifierKey(r.get("type").asString(), r.get("value").asString());
      String detail =
          "linked to %d %s identifiers (limit %d)"
              .formatted(
                  r.get("linked").asLong(), r.get("other_type").asString(), r.get("max").asLong());
      found.merge(
          key,
          Exclusion.of(key, Reason.SHARED_IDENTIFIER, detail),
          (a, b) -> Exclusion.of(key, Reason.SHARED_IDENTIFIER, a.detail() + "; " + b.detail()));
    }
    return found;
  }
}
