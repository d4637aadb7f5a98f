package io.nexusgraph.bench.compare;

import io.nexusgraph.graph.resolution.EvidenceComponents;
import io.nexusgraph.ingest.eventlog.EntityKind;
import org.neo4j.driver.Driver;

/**
 * Our components step alone: what the resolver runs when it resolves every identifier of a kind
 * ({@link EvidenceComponents}: native projection, WCC, each identifier's node id and component
 * streamed to this JVM), per entity kind; then, timed apart, the read that turns node ids into
 * identifier keys and previous entities as a run does. Like the SQL approach's step, the step ends
 * with a component per identifier id; both approaches' read-back into keys is reported beside it.
 * Guardrail exclusions present in the graph are honoured, so run it on a graph without exclusions
 * to compare with the other approaches.
 */
public final class GdsComponents {

  /**
   * @param millis projection + WCC + streaming node ids and components, both kinds
   * @param readMillis reading every identifier's key and previous entity by node id, both kinds
   * @param nodes projected identifiers
   * @param relationships projected (undirected) relationships
   */
  public record Result(
      long millis, long readMillis, long nodes, long relationships, int components) {}

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
    long read = System.nanoTime();
    for (EntityKind kind : EntityKind.values()) {
      EvidenceComponents.readMembers(driver, kind);
    }
    long end = System.nanoTime();
    return new Result(
        (read - start) / 1_000_000, (end - read) / 1_000_000, nodes, relationships, components);
  }
}
