package io.nexusgraph.graph.load;

import io.nexusgraph.graph.cypher.CypherFile;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends rows to one {@code cypher/load/} statement in UNWIND batches of at most {@code batchSize},
 * each batch its own managed transaction ({@code executableQuery} retries transient errors such as
 * deadlocks and leader switches; every statement is idempotent, so a retried batch is harmless).
 * Logs rows and rows/s per statement, never the values.
 */
final class UnwindWriter {

  private static final Logger LOG = LoggerFactory.getLogger(UnwindWriter.class);

  private final Driver driver;
  private final int batchSize;

  UnwindWriter(Driver driver, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive: " + batchSize);
    }
    this.driver = driver;
    this.batchSize = batchSize;
  }

  /** Runs {@code cypher/load/<statement>.cypher} over all rows; returns the number of rows. */
  long write(String statement, List<Map<String, Object>> rows) {
    if (rows.isEmpty()) {
      return 0;
    }
    String query = CypherFile.load("load/" + statement).single();
    long start = System.nanoTime();
    int batches = 0;
    for (int from = 0; from < rows.size(); from += batchSize) {
      List<Map<String, Object>> chunk = rows.subList(from, Math.min(rows.size(), from + batchSize));
      driver.executableQuery(query).withParameters(Map.of("rows", chunk)).execute();
      batches++;
      LOG.debug("load/{}: {} of {} rows", statement, from + chunk.size(), rows.size());
    }
    double seconds = Math.max(System.nanoTime() - start, 1) / 1e9;
    LOG.info(
        "load/{}: {} rows in {} batches, {} s, {} rows/s",
        statement,
        rows.size(),
        batches,
        String.format("%.2f", seconds),
        Math.round(rows.size() / seconds));
    return rows.size();
  }
}
