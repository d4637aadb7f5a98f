package io.nexusgraph.api.pipeline;

import io.nexusgraph.api.eventlog.EventLogReader;
import io.nexusgraph.api.eventlog.EventLogSequence;
import io.nexusgraph.graph.load.GraphLoader;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.neo4j.driver.Driver;

/**
 * Loads the stored event log into the graph: an incremental run loads the events after the last
 * succeeded run's watermark, a full run all of them. The upper bound is the log's high-water mark
 * read at the start, which becomes this run's watermark. The loader is idempotent, so events that a
 * failed run already loaded are loaded again harmlessly.
 */
final class LoadStage {

  static final int CHUNK = 5_000;

  private final DataSource dataSource;
  private final Driver driver;

  LoadStage(DataSource dataSource, Driver driver) {
    this.dataSource = dataSource;
    this.driver = driver;
  }

  /** The event-log range a run loads: {@code from < ingest_seq <= to}. */
  record Range(long from, long to) {
    long size() {
      return to - from;
    }
  }

  Range range(long lastWatermark, RunKind kind) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      long high = EventLogSequence.highWater(c);
      c.commit();
      return new Range(kind == RunKind.FULL ? 0 : Math.min(lastWatermark, high), high);
    } catch (SQLException e) {
      throw new RunFailedException("could not read the event log: " + e.getMessage(), e);
    }
  }

  long run(Range range, Progress progress) {
    GraphLoader loader = new GraphLoader(driver);
    try (Connection c = dataSource.getConnection();
        Progress.Stage bar = progress.stage("load", range.size(), "rows")) {
      return new EventLogReader(c, CHUNK)
          .read(
              range.from(),
              range.to(),
              batches -> {
                loader.load(batches);
                bar.step(batches.size());
              });
    } catch (SQLException e) {
      throw new RunFailedException("could not read the event log: " + e.getMessage(), e);
    }
  }
}
