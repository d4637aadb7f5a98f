package io.nexusgraph.bench.compare;

import io.nexusgraph.graph.resolution.EvidenceComponents;
import io.nexusgraph.ingest.eventlog.EntityKind;
import org.neo4j.driver.Driver;

/**
 * Our components step alone: what the resolver runs when it resolves every identifier of a kind
 * ({@link EvidenceComponents}: native projection, WCC, the members streamed back to this JVM as the
 * resolver receives them), per entity kind. Guardrail exclusions present in the graph are honoured,
 * so run it on a graph without exclusions to compare with the other approaches.
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
      EvidenceComponents.Summary summary =
          EvidenceComponents.summary(driver, kind, "nexus-bench-components-" + kind.columnValue());
      nodes += summary.nodes();
      relationships += summary.relationships();
      components += summary.components();
    }
    return new Result((System.nanoTime() - start) / 1_000_000, nodes, relationships, components);
  }
}
