package io.nexusgraph.api.runtime;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;

/**
 * Plain pooled JDBC connections for code that manages its own transactions (the run pipeline, the
 * projection, status). Micronaut Data wraps the {@link DataSource} bean so that it only hands out
 * the connection of a surrounding {@code @Transactional}; this unwraps it. Repositories keep using
 * the wrapped one.
 */
@Singleton
public final class Postgres {

  private final DataSource target;

  Postgres(DataSource dataSource) {
    this.target = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  /**
   * A connection from the pool, in auto-commit mode; close it to give it back.
   *
   * @throws CannotGetJdbcConnectionException when none came free within the pool's connection
   *     timeout, as Micronaut Data's repositories throw it (the API answers both with 503)
   */
  public Connection connect() throws SQLException {
    try {
      return target.getConnection();
    } catch (SQLTransientConnectionException e) {
      throw new CannotGetJdbcConnectionException(e.getMessage(), e);
    }
  }

  /** The pool itself, for APIs that take a {@link DataSource}. */
  public DataSource dataSource() {
    return target;
  }
}
