package io.nexusgraph.api.eventlog;

import io.nexusgraph.ingest.quarantine.Reject;
import io.nexusgraph.ingest.quarantine.RejectSink;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts ingest rejects into {@code ingest_rejects} on the caller's connection and transaction, in
 * one {@code INSERT ... SELECT FROM unnest(arrays)} per flush (a statement per flush, not per
 * reject). Reject ids are hashes of their content, so re-reading the same bad row keeps one row
 * (the first run's). The field name, when a single field was rejected, leads the detail.
 */
public final class RejectWriter implements RejectSink, AutoCloseable {

  private static final String INSERT =
      "INSERT INTO ingest_rejects (id, run_id, source, location, reason_code, detail,"
          + " raw_excerpt, rejected_at)"
          + " SELECT r.id, ?, r.source, r.location, r.reason_code, r.detail, r.raw_excerpt,"
          + " r.rejected_at FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
          + " ?::text[], ?::timestamptz[]) AS r (id, source, location, reason_code, detail,"
          + " raw_excerpt, rejected_at) ON CONFLICT (id) DO NOTHING";
  private static final int ARRAYS = 7;

  private final Connection connection;
  private final String runId;
  private final List<Reject> pending = new ArrayList<>();
  private long rejects;

  public RejectWriter(Connection connection, String runId) {
    this.connection = connection;
    this.runId = runId;
  }

  @Override
  public void reject(Reject r) {
    pending.add(r);
    rejects++;
    if (pending.size() >= EventLogWriter.BATCH) {
      flush();
    }
  }

  public long rejects() {
    return rejects;
  }

  /** Sends what is buffered; the rows become visible when the caller's transaction commits. */
  public void flush() {
    if (pending.isEmpty()) {
      return;
    }
    int n = pending.size();
    String[][] columns = new String[ARRAYS][n];
    for (int i = 0; i < n; i++) {
      Reject r = pending.get(i);
      columns[0][i] = r.id();
      columns[1][i] = r.source();
      columns[2][i] = r.location();
      columns[3][i] = r.reason().code();
      columns[4][i] = r.field() == null ? r.detail() : r.field() + ": " + r.detail();
      columns[5][i] = r.rawExcerpt();
      columns[6][i] = r.rejectedAt().toString();
    }
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setString(1, runId);
      for (int c = 0; c < ARRAYS; c++) {
        insert.setArray(2 + c, connection.createArrayOf("text", columns[c]));
      }
      insert.executeUpdate();
      pending.clear();
    } catch (SQLException e) {
      throw new EventLogStoreException("could not write rejects", e);
    }
  }

  @Override
  public void close() {
    flush();
  }
}
