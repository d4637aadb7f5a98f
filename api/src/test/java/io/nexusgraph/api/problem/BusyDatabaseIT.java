package io.nexusgraph.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.nexusgraph.api.apikeys.Scope;
import io.nexusgraph.api.runtime.ApiServer;
import io.nexusgraph.testkit.Neo4jConnection;
import io.nexusgraph.testkit.NexusServers;
import io.nexusgraph.testkit.PostgresConnection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * When every PostgreSQL connection of the service's pool is taken, requests are answered 503 with
 * Retry-After once the pool's wait is over, whichever path asked for the connection: a repository
 * (lookups), plain JDBC (posted events) or the key check of a key whose row is not kept.
 */
@ExtendWith(NexusServers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BusyDatabaseIT {

  private final HttpClient http = HttpClient.newHttpClient();
  private ApiServer api;
  private HikariDataSource pool;

  @BeforeAll
  void serve(Neo4jConnection neo4j, PostgresConnection postgres) {
    api = new ApiServer(neo4j, postgres);
    pool =
        (HikariDataSource)
            DelegatingDataSource.unwrapDataSource(api.service().getBean(DataSource.class));
  }

  @AfterAll
  void stop() {
    api.close();
  }

  @Test
  void thePoolWaitsTheConfiguredTimeForAConnection() {
    assertThat(pool.getConnectionTimeout()).isEqualTo(5_000);
    assertThat(pool.getMaximumPoolSize()).isEqualTo(10);
  }

  @Test
  void everyPathAnswers503WithRetryAfterWhileNoConnectionIsFree() throws Exception {
    String kept = api.key(Scope.WRITE);
    String notKept = api.key(Scope.READ);
    assertThat(send(get("/v1/persons?identifier=email:nobody@acme-busy.com", kept)).statusCode())
        .isEqualTo(404); // the key's row is now kept, so checking it needs no connection

    List<HttpResponse<String>> answers = new ArrayList<>();
    try (Taken taken = takeAll()) {
      answers.add(send(get("/v1/persons?identifier=email:nobody@acme-busy.com", kept)));
      answers.add(
          send(
              HttpRequest.newBuilder(api.uri("/v1/events"))
                  .header("X-API-Key", kept)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("[]"))));
      answers.add(send(get("/v1/persons?identifier=email:nobody@acme-busy.com", notKept)));
    }

    for (HttpResponse<String> answer : answers) {
      assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(503);
      assertThat(answer.headers().firstValue("Retry-After")).contains("1");
      assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
      assertThat(
              api.service()
                  .getBean(io.micronaut.json.JsonMapper.class)
                  .readValue(answer.body(), Map.class))
          .isEqualTo(
              Map.of(
                  "type",
                  "about:blank",
                  "title",
                  "Service Unavailable",
                  "status",
                  503,
                  "detail",
                  DatabaseBusyProblems.DETAIL,
                  "instance",
                  answer.uri().getPath(),
                  "errors",
                  List.of()));
    }
    assertThat(send(get("/v1/persons?identifier=email:nobody@acme-busy.com", notKept)).statusCode())
        .isEqualTo(404); // connections back in the pool: served again
  }

  private HttpRequest.Builder get(String path, String key) {
    return HttpRequest.newBuilder(api.uri(path)).header("X-API-Key", key).GET();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Every connection of the pool, held until closed. */
  private Taken takeAll() throws SQLException {
    Taken taken = new Taken(new ArrayList<>());
    for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
      taken.connections().add(pool.getConnection());
    }
    return taken;
  }

  private record Taken(List<Connection> connections) implements AutoCloseable {
    @Override
    public void close() throws SQLException {
      for (Connection c : connections) {
        c.close();
      }
    }
  }
}
