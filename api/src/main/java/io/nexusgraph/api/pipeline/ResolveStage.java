package io.nexusgraph.api.pipeline;

import io.nexusgraph.api.projection.ProjectionScope;
import io.nexusgraph.api.rules.ResolutionRules;
import io.nexusgraph.graph.entities.EntityBuildResult;
import io.nexusgraph.graph.entities.EntityBuilder;
import io.nexusgraph.graph.resolution.IdChange;
import io.nexusgraph.graph.resolution.ResolutionResult;
import io.nexusgraph.graph.resolution.Resolver;
import io.nexusgraph.graph.resolution.Suppression;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;

/** Resolves persons, then groups, with GDS WCC and stable ids; records the outcome per kind. */
final class ResolveStage {

  private final Driver driver;
  private final Clock clock;

  ResolveStage(Driver driver, Clock clock) {
    this.driver = driver;
    this.clock = clock;
  }

  /**
   * Resolves both kinds, then builds traits, memberships and participation: for the entities this
   * run touched, or for all of them in a full run.
   */
  Resolved run(
      String runId,
      RunKind runKind,
      ResolutionRules rules,
      Suppression suppression,
      Progress progress,
      RunStats stats) {
    Resolver resolver =
        new Resolver(driver, clock, rules.guardrails(), rules.overrides(), suppression);
    EntityBuilder entities = new EntityBuilder(driver, rules.traits(), rules.memberships());
    long identifiers = 0;
    Map<EntityKind, List<IdChange>> changes = new EnumMap<>(EntityKind.class);
    try (Progress.Stage bar = progress.stage("resolve", EntityKind.values().length + 1, "steps")) {
      for (EntityKind kind : EntityKind.values()) {
        ResolutionResult r =
            runKind == RunKind.FULL
                ? resolver.resolveAll(kind, runId)
                : resolver.resolve(kind, runId);
        identifiers += r.identifiers();
        changes.put(kind, r.changes());
        stats.resolution(
            kind.columnValue(),
            RunStats.ordered(
                "incremental", r.incremental(),
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
      EntityBuildResult built =
          runKind == RunKind.FULL ? entities.buildAll() : entities.build(runId);
      stats.resolution(
          "entities",
          RunStats.ordered(
              "persons", built.persons(),
              "groups", built.groups(),
              "traits", built.traits(),
              "memberships", built.memberships(),
              "participations", built.participations(),
              "millis", built.millis()));
      bar.step(1);
      return new Resolved(
          identifiers,
          ProjectionScope.of(built, changes.get(EntityKind.PERSON), changes.get(EntityKind.GROUP)));
    }
  }

  /**
   * @param identifiers identifiers re-resolved, both kinds
   * @param scope what the projection of this run must write
   */
  record Resolved(long identifiers, ProjectionScope scope) {}
}
