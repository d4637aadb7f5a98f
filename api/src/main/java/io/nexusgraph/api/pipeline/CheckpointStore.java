package io.nexusgraph.api.pipeline;

import io.nexusgraph.ingest.source.Checkpoint;
import io.nexusgraph.ingest.source.CheckpointCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Where each source stopped reading ({@code source_checkpoints}), read and written on the ingest
 * transaction of that source, so a checkpoint moves exactly when the events it covers commit.
 */
final class CheckpointStore {

  private CheckpointStore() {}

  static Checkpoint read(Connection c, String source) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT checkpoint FROM source_checkpoints WHERE source = ?")) {
      s.setString(1, source);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? CheckpointCodec.fromJson(r.getString(1)) : Checkpoint.EMPTY;
      }
    }
  }

  static void write(Connection c, String source, Checkpoint checkpoint, String runId, Instant at)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO source_checkpoints (source, checkpoint, run_id, updated_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (source) DO UPDATE SET"
                + " checkpoint = excluded.checkpoint, run_id = excluded.run_id,"
                + " updated_at = excluded.updated_at")) {
      s.setString(1, source);
      s.setString(2, CheckpointCodec.toJson(checkpoint));
      s.setString(3, runId);
      s.setTimestamp(4, Timestamp.from(at));
      s.executeUpdate();
    }
  }
}
