package io.nexusgraph.api.eventlog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The load order of the event log ({@code events.ingest_seq}) and its high-water mark. Identity
 * values are handed out before commit, so a transaction holding seq 10 may commit after one holding
 * seq 11. Writers therefore hold a shared transaction-level advisory lock while they insert, and
 * the high-water mark is read under the exclusive one: every number at or below the mark it returns
 * is committed, and nothing at or below it can appear later.
 */
public final class EventLogSequence {

  /** Advisory lock key (arbitrary, fixed): "nexus-ev" in ASCII. */
  static final long LOCK_KEY = 0x6E657875732D6576L;

  private EventLogSequence() {}

  /** Call first inside a transaction that inserts events. */
  public static void lockForWrite(Connection connection) {
    run(connection, "SELECT pg_advisory_xact_lock_shared(?)");
  }

  /**
   * The highest committed {@code ingest_seq}, 0 when the log is empty. Runs in the caller's
   * transaction, which must commit or roll back soon: it holds the exclusive lock until then.
   */
  public static long highWater(Connection connection) {
    run(connection, "SELECT pg_advisory_xact_lock(?)");
    try (PreparedStatement s =
            connection.prepareStatement("SELECT coalesce(max(ingest_seq), 0) FROM events");
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new EventLogStoreException("could not read the event log's high-water mark", e);
    }
  }

  private static void run(Connection connection, String sql) {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setLong(1, LOCK_KEY);
      s.executeQuery().close();
    } catch (SQLException e) {
      throw new EventLogStoreException("could not take the event-log lock", e);
    }
  }
}
