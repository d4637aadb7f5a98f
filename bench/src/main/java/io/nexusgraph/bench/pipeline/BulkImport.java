package io.nexusgraph.bench.pipeline;

import io.nexusgraph.graph.load.bulk.BulkLoadResult;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import java.util.List;

/**
 * Loads batches into the empty graph with Neo4j's offline importer and leaves the bench's driver
 * usable afterwards (the servers own both: see {@code BenchServers#bulkImport}).
 */
@FunctionalInterface
public interface BulkImport {

  BulkLoadResult importInto(List<EventLogBatch> batches);
}
