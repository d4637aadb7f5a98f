package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.identity.IdentifierKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Reads the records (edge_ids) that link a set of identifiers, each with its linkable members. */
final class ComponentEvidence {

  private final Driver driver;

  ComponentEvidence(Driver driver) {
    this.driver = driver;
  }

  /** The evidence touching {@code identifiers}, one entry per edge_id, in edge_id order. */
  List<Evidence> of(String kind, List<IdentifierKey> identifiers) {
    Map<String, Evidence> byEdge = new TreeMap<>();
    for (int from = 0; from < identifiers.size(); from += Batches.SIZE) {
      List<Map<String, Object>> keys =
          identifiers.subList(from, Math.min(identifiers.size(), from + Batches.SIZE)).stream()
              .map(Batches::key)
              .toList();
      for (Record r :
          Cypher.query(driver, "resolve/" + kind + "-component-evidence", Map.of("keys", keys))) {
        List<IdentifierKey> members = new ArrayList<>();
        for (Value m : r.get("members").values()) {
          members.add(new IdentifierKey(m.get("type").asString(), m.get("value").asString()));
        }
        Value at = r.get("occurred_at");
        byEdge.put(
            r.get("edge_id").asString(),
            new Evidence(
                r.get("edge_id").asString(),
                at.isNull() ? null : at.asZonedDateTime().toInstant(),
                members));
      }
    }
    return List.copyOf(byEdge.values());
  }
}
