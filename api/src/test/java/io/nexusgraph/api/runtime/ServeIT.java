package io.nexusgraph.api.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.nexusgraph.api.apikeys.ApiKeys;
import io.nexusgraph.api.apikeys.CreatedApiKey;
import io.nexusgraph.api.apikeys.Scope;
import io.nexusgraph.testkit.Neo4jConnection;
import io.nexusgraph.testkit.NexusServers;
import io.nexusgraph.testkit.PostgresConnection;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NexusServers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeIT {

  private ApplicationContext cli;
  private ServeService.Running running;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void serve(Neo4jConnection neo4j, PostgresConnection postgres) {
    cli = ServiceHarness.cliContext(neo4j, postgres);
    running = cli.getBean(ServeService.class).start();
  }

  @AfterAll
  void stop() {
    running.stop();
    cli.close();
  }

  @Test
  void healthIsUpWithNeo4jGdsAndPostgresql() throws Exception {
    HttpResponse<String> response = get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, Object> body = json(response.body());
    assertThat(body).containsEntry("status", "UP");
    Map<String, Object> details = map(body.get("details"));
    for (String component : new String[] {"neo4j", "gds", "postgresql"}) {
      assertThat(map(details.get(component))).containsEntry("status", "UP");
    }
    assertThat(map(map(details.get("gds")).get("details"))).containsEntry("version", "2.26.0");
    assertThat(map(map(details.get("postgresql")).get("details")).get("version").toString())
        .startsWith("17.");
  }

  @Test
  void infoNamesTheVersionsToAKeyWithTheReadScope(DataSource dataSource) throws Exception {
    CreatedApiKey key =
        running.service().getBean(ApiKeys.class).create("serve-it", Set.of(Scope.READ));
    HttpResponse<String> response;
    try {
      response =
          http.send(
              HttpRequest.newBuilder(URI.create(running.http().getURL() + "/info"))
                  .header("X-API-Key", key.plainKey())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } finally {
      Sql.run(dataSource, "DELETE FROM api_keys WHERE key_id = ?", key.key().keyId());
    }

    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, Object> body = json(response.body());

    assertThat(map(body.get("gds"))).containsEntry("version", "2.26.0");
    assertThat(map(body.get("neo4j")).get("version").toString()).startsWith("2026.");
    assertThat(map(body.get("nexus"))).containsKey("version");
    assertThat(map(body.get("runs"))).containsExactly(Map.entry("scheduled", false));
  }

  @Test
  void flywayCreatedEveryFinalTable(DataSource dataSource) throws SQLException {
    Set<String> tables = new HashSet<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet rows =
            connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        tables.add(rows.getString("TABLE_NAME"));
      }
    }

    assertThat(tables)
        .contains(
            "events",
            "person_identifiers",
            "person_traits",
            "group_identifiers",
            "group_traits",
            "membership_identifiers",
            "resolved_person_identifiers",
            "resolved_group_identifiers",
            "resolved_person_traits",
            "resolved_group_traits",
            "entity_id_history",
            "identifier_exclusions",
            "persons",
            "groups",
            "memberships",
            "person_participants",
            "group_participants",
            "runs",
            "ingest_rejects",
            "suppressed_identifiers",
            "api_keys");
  }

  @Test
  void writesAndReadsAnEventAndRefusesAParticipationOfAMissingEvent(DataSource dataSource)
      throws SQLException {
    OffsetDateTime at = OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO events (event_id, occurred_at, event_name, event_type, source, value,"
                  + " value_unit, consent, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, "evt_serve_it");
        insert.setObject(2, at);
        insert.setString(3, "invoice_paid");
        insert.setString(4, "billing");
        insert.setString(5, "stripe");
        insert.setBigDecimal(6, new java.math.BigDecimal("12.34"));
        insert.setString(7, "EUR");
        insert.setString(8, "granted");
        insert.setObject(9, at);
        insert.executeUpdate();
      }
      try (PreparedStatement read =
          connection.prepareStatement(
              "SELECT event_name, value, occurred_at FROM events WHERE event_id = ?")) {
        read.setString(1, "evt_serve_it");
        try (ResultSet rows = read.executeQuery()) {
          assertThat(rows.next()).isTrue();
          assertThat(rows.getString(1)).isEqualTo("invoice_paid");
          assertThat(rows.getBigDecimal(2)).isEqualByComparingTo("12.34");
          assertThat(rows.getObject(3, OffsetDateTime.class)).isEqualTo(at);
        }
      }
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate(
            "INSERT INTO persons (person_id, _last_updated) VALUES ('per_serve_it', now())");
        assertThatThrownBy(
                () ->
                    statement.executeUpdate(
                        "INSERT INTO person_participants (person_participant_id, event_id,"
                            + " person_id) VALUES ('pp_serve_it', 'evt_missing', 'per_serve_it')"))
            .hasMessageContaining("person_participants_event_id_fkey");
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("DELETE FROM events WHERE event_id = 'evt_serve_it'");
      }
    }
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    URI uri = URI.create(running.http().getURL() + path);
    return http.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private Map<String, Object> json(String body) throws IOException {
    return map(running.service().getBean(JsonMapper.class).readValue(body, Map.class));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }
}
