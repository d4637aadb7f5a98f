package io.nexusgraph.bench.pipeline;

import io.nexusgraph.graph.load.GraphLoader;
import io.nexusgraph.graph.load.LoadResult;
import io.nexusgraph.graph.schema.GraphSchema;
import java.util.LinkedHashMap;
import java.util.Map;

/** Load: the context's batches into Neo4j with the graph module's loader (schema applied first). */
public final class LoadStage implements Stage {

  @Override
  public String name() {
    return "load";
  }

  @Override
  public StageOutcome run(StageContext context) {
    GraphSchema.apply(context.driver());
    LoadResult r = new GraphLoader(context.driver()).load(context.batches());
    long rows =
        r.events()
            + r.personIdentifiers()
            + r.groupIdentifiers()
            + r.involves()
            + r.sameAsEdges()
            + r.memberships();
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("events", r.events());
    detail.put("person_identifiers", r.personIdentifiers());
    detail.put("group_identifiers", r.groupIdentifiers());
    detail.put("involves", r.involves());
    detail.put("same_as", r.sameAsEdges());
    detail.put("memberships", r.memberships());
    return new StageOutcome(rows, "rows written (nodes + relationships)", detail);
  }
}
