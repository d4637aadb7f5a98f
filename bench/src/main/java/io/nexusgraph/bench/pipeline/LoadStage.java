package io.nexusgraph.bench.pipeline;

import io.nexusgraph.graph.load.GraphLoader;
import io.nexusgraph.graph.load.LoadResult;
import io.nexusgraph.graph.load.bulk.BulkLoadResult;
import io.nexusgraph.graph.schema.GraphSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Load: the context's batches into Neo4j, with Neo4j's offline importer when given one (a first
 * load or a rebuild, into the empty graph), else with the graph module's Bolt loader (schema
 * applied first), as an incremental load must.
 */
public final class LoadStage implements Stage {

  private final Optional<BulkImport> bulk;

  /** Loads over Bolt. */
  public LoadStage() {
    this(Optional.empty());
  }

  /** Loads with {@code bulk} when present (the graph must be empty), else over Bolt. */
  public LoadStage(Optional<BulkImport> bulk) {
    this.bulk = bulk;
  }

  @Override
  public String name() {
    return bulk.isPresent() ? "load (bulk import)" : "load";
  }

  @Override
  public StageOutcome run(StageContext context) {
    Map<String, Object> detail = new LinkedHashMap<>();
    LoadResult r;
    String unit = "rows written (nodes + relationships)";
    if (bulk.isPresent()) {
      BulkLoadResult b = bulk.get().importInto(context.batches());
      r = b.load();
      detail.put("path", "bulk import");
      detail.put("nodes", b.nodes());
      detail.put("relationships", b.relationships());
      detail.put("csv_ms", b.csvMillis());
      detail.put("import_ms", b.importMillis());
      detail.put("restart_ms", b.restartMillis());
      detail.put("schema_ms", b.schemaMillis());
      unit +=
          "; bulk import: files %.1f s, importer %.1f s, restart %.1f s, schema %.1f s"
              .formatted(
                  b.csvMillis() / 1e3,
                  b.importMillis() / 1e3,
                  b.restartMillis() / 1e3,
                  b.schemaMillis() / 1e3);
    } else {
      GraphSchema.apply(context.driver());
      r = new GraphLoader(context.driver()).load(context.batches());
      detail.put("path", "bolt");
    }
    long rows =
        r.events()
            + r.personIdentifiers()
            + r.groupIdentifiers()
            + r.involves()
            + r.sameAsEdges()
            + r.memberships();
    detail.put("events", r.events());
    detail.put("person_identifiers", r.personIdentifiers());
    detail.put("group_identifiers", r.groupIdentifiers());
    detail.put("involves", r.involves());
    detail.put("same_as", r.sameAsEdges());
    detail.put("memberships", r.memberships());
    return new StageOutcome(rows, unit, detail);
  }
}
