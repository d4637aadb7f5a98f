package io.nexusgraph.api.pipeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One run at a time, across processes: a session-level PostgreSQL advisory lock held on its own
 * connection for the length of the run. A process that dies releases it with its connection.
 */
public final class RunLock implements AutoCloseable {

  /** "nexus-rn" in ASCII. */
  private static final long KEY = 0x6E657875732D726EL;

  private final Connection connection;

  private RunLock(Connection connection) {
    this.connection = connection;
  }

  public static RunLock acquire(DataSource dataSource) {
    try {
      Connection c = dataSource.getConnection();
      try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
        s.setLong(1, KEY);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          if (!r.getBoolean(1)) {
            c.close();
            throw new RunInProgressException();
          }
        }
      }
      return new RunLock(c);
    } catch (SQLException e) {
      throw new RunFailedException(
          "could not take the run lock in PostgreSQL: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try (PreparedStatement s = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      s.setLong(1, KEY);
      s.executeQuery().close();
    } catch (SQLException e) {
      throw new RunFailedException("could not release the run lock: " + e.getMessage(), e);
    } finally {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // the lock goes with the connection anyway
      }
    }
  }
}
