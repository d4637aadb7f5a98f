package io.nexusgraph.api.pipeline;

import io.nexusgraph.graph.resolution.Guardrails;
import io.nexusgraph.graph.resolution.ResolutionResult;
import io.nexusgraph.graph.resolution.Resolver;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.time.Clock;
import org.neo4j.driver.Driver;

/** Resolves persons, then groups, with GDS WCC and stable ids; records the outcome per kind. */
final class ResolveStage {

  private final Resolver resolver;

  ResolveStage(Driver driver, Clock clock, Guardrails guardrails) {
    this.resolver = new Resolver(driver, clock, guardrails);
  }

  long run(String runId, Progress progress, RunStats stats) {
    long identifiers = 0;
    try (Progress.Stage bar = progress.stage("resolve", EntityKind.values().length)) {
      for (EntityKind kind : EntityKind.values()) {
        ResolutionResult r = resolver.resolve(kind, runId);
        identifiers += r.identifiers();
        stats.resolution(
            kind.columnValue(),
            RunStats.ordered(
                "identifiers", r.identifiers(),
                "entities", r.entities(),
                "born", r.born(),
                "merged", r.merged(),
                "split", r.split(),
                "excluded", r.exclusions().size(),
                "oversized", r.oversizedEntities().size(),
                "millis", r.millis()));
        bar.step(1);
      }
    }
    return identifiers;
  }
}
