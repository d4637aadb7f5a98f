package io.nexusgraph.bench.pipeline;

import io.nexusgraph.graph.resolution.ResolutionResult;
import io.nexusgraph.graph.resolution.Resolver;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.util.LinkedHashMap;
import java.util.Map;

/** Resolve one entity kind with the graph module's resolver and the context's guardrails. */
public final class ResolveStage implements Stage {

  private final EntityKind kind;

  public ResolveStage(EntityKind kind) {
    this.kind = kind;
  }

  @Override
  public String name() {
    return "resolve " + kind.columnValue() + "s";
  }

  @Override
  public StageOutcome run(StageContext context) {
    ResolutionResult r =
        new Resolver(context.driver(), context.clock(), context.guardrails())
            .resolve(kind, context.runId());
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("incremental", r.incremental());
    detail.put("entities", r.entities());
    detail.put("born", r.born());
    detail.put("changed_identifiers", r.changedIdentifiers());
    detail.put("merges", r.merged());
    detail.put("splits", r.split());
    detail.put("excluded", r.exclusions().size());
    detail.put("oversized", r.oversizedEntities().size());
    return new StageOutcome(r.identifiers(), "identifiers resolved", detail);
  }
}
