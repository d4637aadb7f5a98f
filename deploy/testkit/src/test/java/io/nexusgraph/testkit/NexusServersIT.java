package io.nexusgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.postgresql.ds.PGSimpleDataSource;

@ExtendWith(NexusServers.class)
class NexusServersIT {

  @Test
  void neo4jRunsGdsOverAuthenticatedBolt(Driver driver) {
    String version =
        driver
            .executableQuery("RETURN gds.version() AS v")
            .execute()
            .records()
            .getFirst()
            .get("v")
            .asString();

    assertThat(version).isEqualTo("2.26.0");
  }

  @Test
  void neo4jRejectsAWrongPassword(Neo4jConnection neo4j) {
    try (Driver wrong =
        GraphDatabase.driver(neo4j.uri(), AuthTokens.basic(neo4j.user(), "not-the-password"))) {
      assertThatThrownBy(wrong::verifyConnectivity).isInstanceOf(AuthenticationException.class);
    }
  }

  @Test
  void neo4jListensOnLoopbackOnlyWithUsageReportingAndForwardedHeadersOff(Driver driver) {
    Map<String, String> settings =
        driver
            .executableQuery(
                "SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value")
            .withParameters(
                Map.of(
                    "names",
                    java.util.List.of(
                        "server.default_listen_address",
                        "server.bolt.listen_address",
                        "server.http.listen_address",
                        "dbms.usage_report.enabled",
                        "dbms.security.auth_enabled",
                        "server.http.x_forward.enabled")))
            .execute()
            .records()
            .stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    r -> r.get("name").asString(), r -> r.get("value").asString()));

    assertThat(settings)
        .containsEntry("server.default_listen_address", "127.0.0.1")
        .containsEntry("dbms.usage_report.enabled", "false")
        .containsEntry("dbms.security.auth_enabled", "true")
        .containsEntry("server.http.x_forward.enabled", "false");
    assertThat(settings.get("server.bolt.listen_address")).startsWith("127.0.0.1:");
    assertThat(settings.get("server.http.listen_address")).startsWith("127.0.0.1:");
  }

  @Test
  void postgresIsVersion17AndRoundTripsARow(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE testkit_probe (id int PRIMARY KEY, name text)");
      statement.execute("INSERT INTO testkit_probe VALUES (1, 'one')");
      try (ResultSet rows = statement.executeQuery("SELECT name FROM testkit_probe WHERE id = 1")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("one");
      }
      try (ResultSet rows = statement.executeQuery("SHOW server_version_num")) {
        rows.next();
        assertThat(rows.getInt(1) / 10000).isEqualTo(17);
      }
      statement.execute("DROP TABLE testkit_probe");
    }
  }

  @Test
  void postgresRequiresThePasswordAndListensOnLoopback(PostgresConnection postgres, DataSource ds)
      throws SQLException {
    PGSimpleDataSource wrong = new PGSimpleDataSource();
    wrong.setUrl(postgres.jdbcUrl());
    wrong.setUser(postgres.user());
    wrong.setPassword("not-the-password");
    assertThatThrownBy(wrong::getConnection).hasMessageContaining("password authentication failed");

    try (Connection connection = ds.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SHOW listen_addresses")) {
      rows.next();
      assertThat(rows.getString(1)).isEqualTo("127.0.0.1");
    }
  }
}
