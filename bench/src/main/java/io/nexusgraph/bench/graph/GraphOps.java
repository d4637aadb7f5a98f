package io.nexusgraph.bench.graph;

import io.nexusgraph.bench.quality.Prediction;
import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.cypher.CypherFile;
import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * What the benchmark does to the graph besides the pipeline itself: empty it, undo a resolution,
 * read back what resolution decided, and count nodes and relationships. Statements are the files
 * under {@code cypher/bench/} (and {@code cypher/server/node-counts}).
 */
public final class GraphOps {

  private final Driver driver;

  public GraphOps(Driver driver) {
    this.driver = driver;
  }

  /** Deletes every node and relationship. */
  public void wipe() {
    runImplicit("bench/wipe", Map.of());
  }

  /** Removes what resolution of {@code kind} wrote, leaving the loaded evidence. */
  public void resetResolution(EntityKind kind) {
    runImplicit("bench/" + kind.columnValue() + "-reset", Map.of("kind", kind.columnValue()));
  }

  /** Every identifier of {@code kind} with its entity and exclusion. */
  public List<Prediction> predictions(EntityKind kind) {
    return Cypher.query(driver, "bench/" + kind.columnValue() + "-predictions", Map.of()).stream()
        .map(
            r ->
                new Prediction(
                    new IdentifierKey(r.get("type").asString(), r.get("value").asString()),
                    r.get("entity_id").isNull() ? null : r.get("entity_id").asString(),
                    r.get("excluded").asBoolean()))
        .toList();
  }

  /** Nodes per label. */
  public Map<String, Long> nodeCounts() {
    Map<String, Long> out = new TreeMap<>();
    Cypher.query(driver, "server/node-counts", Map.of())
        .forEach(r -> out.put(r.get("label").asString(), r.get("nodes").asLong()));
    return out;
  }

  /** Relationships per type. */
  public Map<String, Long> relationshipCounts() {
    Map<String, Long> out = new TreeMap<>();
    Cypher.query(driver, "bench/relationship-counts", Map.of())
        .forEach(r -> out.put(r.get("type").asString(), r.get("relationships").asLong()));
    return out;
  }

  private void runImplicit(String file, Map<String, Object> parameters) {
    try (Session session = driver.session()) {
      for (String statement : CypherFile.load(file).statements()) {
        session.run(statement, parameters).consume();
      }
    }
  }
}
