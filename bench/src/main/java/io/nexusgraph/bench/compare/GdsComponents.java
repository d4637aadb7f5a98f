package io.nexusgraph.bench.compare;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * Our components step alone: the resolver's own projection and GDS WCC stream (the {@code
 * resolve/*-project} and {@code resolve/wcc-stream} files), per entity kind, with the components
 * streamed back to this JVM as the resolver receives them. Guardrail exclusions present in the
 * graph are honoured, so run it on a graph without exclusions to compare with the other approaches.
 */
public final class GdsComponents {

  /**
   * @param millis projection + WCC + streaming, both kinds
   * @param nodes projected identifiers
   * @param relationships projected (undirected) relationships
   */
  public record Result(long millis, long nodes, long relationships, int components) {}

  private GdsComponents() {}

  public static Result run(Driver driver) {
    long start = System.nanoTime();
    long nodes = 0;
    long relationships = 0;
    int components = 0;
    for (EntityKind kind : EntityKind.values()) {
      String name = kind.columnValue();
      String graph = "nexus-bench-components-" + name;
      try {
        Record projected =
            Cypher.query(
                    driver,
                    "resolve/" + name + "-project",
                    Map.of("graph", graph, "together", List.of(), "all", true, "scope", List.of()))
                .getFirst();
        nodes += projected.get("nodes").asLong();
        relationships += projected.get("relationships").asLong();
        List<Record> rows = Cypher.query(driver, "resolve/wcc-stream", Map.of("graph", graph));
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.get("componentId").asLong()));
        components += ids.size();
      } finally {
        Cypher.query(driver, "resolve/drop-graph", Map.of("graph", graph));
      }
    }
    return new Result((System.nanoTime() - start) / 1_000_000, nodes, relationships, components);
  }
}
