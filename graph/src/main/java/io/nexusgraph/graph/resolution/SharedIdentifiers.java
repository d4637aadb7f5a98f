package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.cypher.Cypher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * Applies the shared-identifier guardrail for one entity kind: finds identifiers over their limits,
 * marks them excluded (which also detaches them from their entity) and lifts exclusions that no
 * longer apply.
 */
final class SharedIdentifiers {

  static final String REASON = "shared_identifier";

  private final Driver driver;
  private final Guardrails guardrails;

  SharedIdentifiers(Driver driver, Guardrails guardrails) {
    this.driver = driver;
    this.guardrails = guardrails;
  }

  List<Exclusion> apply(String kind) {
    List<Map<String, Object>> limits =
        guardrails.sharedLimits().stream()
            .map(
                l ->
                    Map.<String, Object>of(
                        "type", l.type(), "other_type", l.otherType(), "max", l.max()))
            .toList();
    Map<List<String>, Exclusion> found = new LinkedHashMap<>();
    if (!limits.isEmpty()) {
      for (Record r : query("resolve/" + kind + "-shared-identifiers", Map.of("limits", limits))) {
        List<String> key = List.of(r.get("type").asString(), r.get("value").asString());
        String detail =
            "linked to %d %s identifiers (limit %d)"
                .formatted(
                    r.get("linked").asLong(),
                    r.get("other_type").asString(),
                    r.get("max").asLong());
        found.merge(
            key,
            new Exclusion(key.get(0), key.get(1), REASON, detail),
            (a, b) ->
                new Exclusion(
                    a.identifierType(),
                    a.identifierValue(),
                    REASON,
                    a.detail() + "; " + b.detail()));
      }
    }
    List<Map<String, Object>> keys = new ArrayList<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Exclusion e : found.values()) {
      keys.add(Map.of("type", e.identifierType(), "value", e.identifierValue()));
      rows.add(
          Map.of("type", e.identifierType(), "value", e.identifierValue(), "detail", e.detail()));
    }
    query("resolve/" + kind + "-exclusions-clear", Map.of("reason", REASON, "keys", keys));
    query("resolve/" + kind + "-exclusions-set", Map.of("reason", REASON, "rows", rows));
    return List.copyOf(found.values());
  }

  private List<Record> query(String file, Map<String, Object> parameters) {
    return Cypher.query(driver, file, parameters);
  }
}
