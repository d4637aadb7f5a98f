package io.nexusgraph.bench.pipeline;

import io.nexusgraph.graph.load.bulk.BulkLoadResult;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import java.util.List;

/**
 * Loads batches into the empty graph with Neo4j's offline importer, or empties the graph by
 * deleting its store; either leaves the bench's driver usable afterwards (the servers own both: see
 * {@code BenchServers#bulk}).
 */
public interface BulkImport {

  BulkLoadResult importInto(List<EventLogBatch> batches);

  /** Empties the graph by deleting its store, and leaves the bench's driver usable. */
  void emptyGraph();
}
