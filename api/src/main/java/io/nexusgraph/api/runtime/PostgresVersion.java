package io.nexusgraph.api.runtime;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Asks the service's PostgreSQL for its version, through the service's data source. */
@Singleton
@Requires(beans = Servers.class)
public final class PostgresVersion {

  private final DataSource dataSource;

  PostgresVersion(DataSource dataSource) {
    // Plain JDBC outside Micronaut Data transactions: the pool itself, not the contextual proxy.
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  public String read() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SHOW server_version")) {
      rows.next();
      return rows.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL did not answer: " + e.getMessage(), e);
    }
  }
}
