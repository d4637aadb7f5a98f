package io.nexusgraph.graph.load;

import io.nexusgraph.graph.concurrent.Parallel;
import io.nexusgraph.graph.cypher.CypherFile;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends rows to {@code cypher/load/} statements in UNWIND batches of at most {@code batchSize},
 * each batch its own managed write transaction: {@code executableQuery} retries transient errors
 * (deadlocks, leader switches, a server briefly unavailable) up to the driver's maximum retry time,
 * and every statement is idempotent, so a retried batch is harmless. What still fails surfaces as a
 * {@link GraphLoadException} naming the statement and rows. Reports progress after every batch and
 * logs rows and rows/s per statement, never the values. One writer serves one load; parts of a
 * statement that lock disjoint nodes may be written by several threads at once.
 */
final class UnwindWriter {

  private static final Logger LOG = LoggerFactory.getLogger(UnwindWriter.class);

  private final Driver driver;
  private final int batchSize;
  private final LoadListener listener;
  private final long rowsTotal;
  private final long started = System.nanoTime();
  private long rowsDone;

  UnwindWriter(Driver driver, int batchSize, LoadListener listener, long rowsTotal) {
    this.driver = driver;
    this.batchSize = batchSize;
    this.listener = listener;
    this.rowsTotal = rowsTotal;
  }

  /** Runs {@code cypher/load/<statement>.cypher} over all rows; returns the number of rows. */
  long write(String statement, List<Map<String, Object>> rows) {
    return writeParts(statement, rows.isEmpty() ? List.of() : List.of(rows));
  }

  /**
   * Runs {@code cypher/load/<statement>.cypher} over every part's rows, one writer thread per part,
   * parts at the same time. The parts must not lock the same nodes (see {@link DisjointBundles}):
   * then no writer waits for another. Returns the number of rows; the first failure surfaces once
   * every writer has stopped.
   */
  long writeParts(String statement, List<List<Map<String, Object>>> parts) {
    long total = parts.stream().mapToLong(List::size).sum();
    if (total == 0) {
      return 0;
    }
    String query = CypherFile.load("load/" + statement).single();
    long start = System.nanoTime();
    StatementProgress progress = new StatementProgress(statement, total);
    if (parts.size() == 1) {
      writePart(query, progress, parts.getFirst());
    } else {
      try (Parallel parallel = new Parallel(parts.size())) {
        List<Supplier<Integer>> writers =
            parts.stream()
                .map(part -> parallel.submit(() -> writePart(query, progress, part)))
                .toList();
        writers.forEach(Supplier::get);
      }
    }
    double seconds = Math.max(System.nanoTime() - start, 1) / 1e9;
    LOG.debug(
        "load/{}: {} rows in {} batches by {} writers, {} s, {} rows/s",
        statement,
        total,
        progress.batches,
        parts.size(),
        String.format("%.2f", seconds),
        Math.round(total / seconds));
    return total;
  }

  /** Writes one part's rows in batches on the calling thread; returns the number of batches. */
  private int writePart(String query, StatementProgress progress, List<Map<String, Object>> rows) {
    int batches = 0;
    for (int from = 0; from < rows.size(); from += batchSize) {
      List<Map<String, Object>> chunk = rows.subList(from, Math.min(rows.size(), from + batchSize));
      try {
        driver.executableQuery(query).withParameters(Map.of("rows", chunk)).execute();
      } catch (Neo4jException e) {
        throw failure(progress.statement, from, chunk.size(), rows.size(), e);
      }
      batches++;
      progress.written(chunk.size());
    }
    return batches;
  }

  /** Counts one statement's rows over its writers and tells the listener, one call at a time. */
  private final class StatementProgress {
    private final String statement;
    private final long rows;
    private long done;
    private int batches;

    StatementProgress(String statement, long rows) {
      this.statement = statement;
      this.rows = rows;
    }

    void written(int count) {
      synchronized (UnwindWriter.this) {
        done += count;
        batches++;
        rowsDone += count;
        listener.progress(
            new LoadProgress(
                statement, done, rows, rowsDone, rowsTotal, System.nanoTime() - started));
      }
    }
  }

  /** The error names the statement, the rows and what to do; values stay in the cause only. */
  private static GraphLoadException failure(
      String statement, int from, int count, int total, Neo4jException e) {
    String what =
        e instanceof RetryableException
            ? "Neo4j stayed unavailable past the driver's retries; check that the server is up"
                + " and not overloaded"
            : "Neo4j rejected the statement, which retrying cannot fix; check that the graph"
                + " schema is applied (GraphSchema.apply) and the server's log";
    return new GraphLoadException(
        "Loading cypher/load/%s.cypher failed at rows %d-%d of %d (%s). %s, then load the same batches again: rows already written are not duplicated."
            .formatted(statement, from + 1, from + count, total, e.code(), what),
        e);
  }
}
