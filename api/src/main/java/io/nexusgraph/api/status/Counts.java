package io.nexusgraph.api.status;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.nexusgraph.api.runtime.Servers;
import io.nexusgraph.graph.cypher.CypherFile;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.neo4j.driver.Driver;

/** Node counts per label in Neo4j and exact row counts per table in PostgreSQL. */
@Singleton
@Requires(beans = Servers.class)
final class Counts {

  private final Driver driver;
  private final DataSource dataSource;

  Counts(Driver driver, DataSource dataSource) {
    this.driver = driver;
    // Plain JDBC outside Micronaut Data transactions: the pool itself, not the contextual proxy.
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  Map<String, Long> graphNodes() {
    Map<String, Long> counts = new LinkedHashMap<>();
    driver
        .executableQuery(CypherFile.load("server/node-counts").single())
        .execute()
        .records()
        .forEach(r -> counts.put(r.get("label").asString(), r.get("nodes").asLong()));
    return counts;
  }

  Map<String, Long> tableRows() {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM nexus_row_counts()")) {
      while (rows.next()) {
        counts.put(rows.getString("table_name"), rows.getLong("row_count"));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count rows: " + e.getMessage(), e);
    }
    return counts;
  }
}
