package io.nexusgraph.api.eventlog;

import io.nexusgraph.ingest.quarantine.Reject;
import io.nexusgraph.ingest.quarantine.RejectSink;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * Puts ingest rejects into {@code ingest_rejects}, batched, on the caller's connection and
 * transaction. Reject ids are hashes of their content, so re-reading the same bad row keeps one row
 * (the first run's). The field name, when a single field was rejected, leads the detail.
 */
public final class RejectWriter implements RejectSink, AutoCloseable {

  private static final String INSERT =
      "INSERT INTO ingest_rejects (id, run_id, source, location, reason_code, detail,"
          + " raw_excerpt, rejected_at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING";

  private final PreparedStatement insert;
  private final String runId;
  private int pending;
  private long rejects;

  public RejectWriter(Connection connection, String runId) {
    this.runId = runId;
    try {
      this.insert = connection.prepareStatement(INSERT);
    } catch (SQLException e) {
      throw new EventLogStoreException("could not prepare the rejects insert", e);
    }
  }

  @Override
  public void reject(Reject r) {
    try {
      insert.setString(1, r.id());
      insert.setString(2, runId);
      insert.setString(3, r.source());
      insert.setString(4, r.location());
      insert.setString(5, r.reason().code());
      insert.setString(6, r.field() == null ? r.detail() : r.field() + ": " + r.detail());
      insert.setString(7, r.rawExcerpt());
      insert.setTimestamp(8, Timestamp.from(r.rejectedAt()));
      insert.addBatch();
      rejects++;
      if (++pending >= EventLogWriter.BATCH) {
        flush();
      }
    } catch (SQLException e) {
      throw new EventLogStoreException("could not write a reject", e);
    }
  }

  public long rejects() {
    return rejects;
  }

  public void flush() {
    try {
      if (pending > 0) {
        insert.executeBatch();
        pending = 0;
      }
    } catch (SQLException e) {
      throw new EventLogStoreException("could not write rejects", e);
    }
  }

  @Override
  public void close() {
    flush();
    try {
      insert.close();
    } catch (SQLException e) {
      throw new EventLogStoreException("could not close the rejects insert", e);
    }
  }
}
