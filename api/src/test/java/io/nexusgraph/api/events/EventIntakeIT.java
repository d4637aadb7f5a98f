package io.nexusgraph.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.api.apikeys.Scope;
import io.nexusgraph.api.runtime.Answer;
import io.nexusgraph.api.runtime.ApiServer;
import io.nexusgraph.api.runtime.Postgres;
import io.nexusgraph.api.runtime.Wipe;
import io.nexusgraph.testkit.Neo4jConnection;
import io.nexusgraph.testkit.NexusServers;
import io.nexusgraph.testkit.PostgresConnection;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * {@code POST /v1/events} through the running server, started with a normalisation file ({@code
 * nexus.normalization-file}, as {@code NEXUS_NORMALIZATION_FILE} sets it): the file's rules apply
 * to posted events, duplicates inside a batch and across concurrent requests are stored once, and
 * the answers' counts reconcile with {@code ingest_rejects}.
 */
@ExtendWith(NexusServers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventIntakeIT {

  private static final String RULES = "nexus.normalization-file";

  private ApiServer api;
  private DataSource dataSource;
  private String write;

  @BeforeAll
  void serve(Neo4jConnection neo4j, PostgresConnection postgres, @TempDir Path dir)
      throws IOException, SQLException {
    Path rules = dir.resolve("normalization.yml");
    Files.writeString(rules, "default_region: GB\n");
    System.setProperty(RULES, rules.toString());
    try {
      api = new ApiServer(neo4j, postgres);
    } finally {
      System.clearProperty(RULES);
    }
    dataSource = api.service().getBean(Postgres.class).dataSource();
    write = api.key(Scope.WRITE);
  }

  @BeforeEach
  void empty() throws SQLException {
    Wipe.all(dataSource, api.service().getBean(Driver.class));
  }

  @AfterAll
  void stop() throws SQLException {
    Wipe.all(dataSource, api.service().getBean(Driver.class));
    api.close();
  }

  @Test
  void postedIdentifiersAreNormalisedWithTheConfiguredRules() throws SQLException {
    Answer answer =
        post(
            batch(
                """
                {"source": "crm", "source_record_id": "uk-1", "occurred_at": "2026-01-05T00:00:00Z",
                 "event_name": "Contact Created",
                 "identifiers": [{"edge": "contact", "type": "phone", "value": "020 7946 0018"}]}
                """));

    assertThat(answer.object()).containsEntry("accepted", 1).containsEntry("rejected", 0);
    assertThat(map(answer.list("results").getFirst())).containsEntry("fields_rejected", List.of());
    assertThat(text("SELECT identifier_value FROM person_identifiers")).isEqualTo("+442079460018");
  }

  @Test
  void theSameItemTwiceInOneBatchIsAnsweredTwiceAndStoredOnce() throws SQLException {
    String item = event(1, true, "ann@acme.com");

    Answer answer = post(batch(item, item));

    assertThat(answer.object()).containsEntry("accepted", 2).containsEntry("rejected", 0);
    assertThat(eventIds(answer)).hasSize(2).containsOnly(eventIds(answer).getFirst());
    assertThat(count("events")).isEqualTo(1);
    assertThat(count("person_identifiers")).isEqualTo(2);
    assertThat(count("person_traits")).isEqualTo(1);
  }

  @Test
  void concurrentRequestsWithOverlappingEventsStoreEachEventOnce() throws Exception {
    List<String> shared = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      shared.add(event(i, true, "p" + i + "@acme.com"));
    }
    List<String> other = new ArrayList<>(shared.reversed());
    for (int i = 400; i < 500; i++) {
      other.add(event(i, true, "p" + i + "@acme.com"));
    }
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService clients = Executors.newFixedThreadPool(2);
    Answer a;
    Answer b;
    try {
      Future<Answer> first = clients.submit(() -> postAfter(together, batch(shared)));
      Future<Answer> second = clients.submit(() -> postAfter(together, batch(other)));
      a = first.get();
      b = second.get();
    } finally {
      clients.shutdown();
    }

    assertThat(a.status()).isEqualTo(200);
    assertThat(b.status()).isEqualTo(200);
    assertThat(a.object()).containsEntry("accepted", 400);
    assertThat(b.object()).containsEntry("accepted", 500);
    assertThat(eventIds(b).subList(0, 400)).isEqualTo(eventIds(a).reversed());
    assertThat(count("events")).isEqualTo(500);
    assertThat(count("person_identifiers")).isEqualTo(1000);
    assertThat(count("person_traits")).isEqualTo(500);
  }

  @Test
  void answeredCountsReconcileWithTheStoredEventsAndRejects() throws SQLException {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      items.add(event(i, i % 4 != 3, i % 5 == 4 ? "not-an-email" : "p" + i + "@acme.com"));
    }

    Answer answer = post(batch(items));

    assertThat(answer.object()).containsEntry("accepted", 30).containsEntry("rejected", 10);
    Map<String, Integer> fieldsRejected = new HashMap<>();
    for (Object result : answer.list("results")) {
      for (Object field : (List<?>) map(result).get("fields_rejected")) {
        fieldsRejected.merge((String) map(field).get("reason"), 1, Integer::sum);
      }
    }
    assertThat(fieldsRejected).isEqualTo(Map.of("invalid_email", 6));
    assertThat(count("events")).isEqualTo(30);
    assertThat(count("ingest_rejects")).isEqualTo(16);
    assertThat(count("ingest_rejects WHERE reason_code = 'missing_required_field'")).isEqualTo(10);
    assertThat(count("ingest_rejects WHERE detail = 'visitor.email: not an email address'"))
        .isEqualTo(6);
  }

  /** A page view with an anonymous id and an email on one edge, and a trait. */
  private static String event(int i, boolean withTime, String email) {
    return """
        {"source": "web", "source_record_id": "pv-%d", %s "event_name": "Page Viewed",
         "identifiers": [{"edge": "visitor", "type": "anonymous_id", "value": "anon-%d"},
                         {"edge": "visitor", "type": "email", "value": "%s"}],
         "traits": [{"edge": "visitor", "name": "last_page", "value": "/pricing"}]}
        """
        .formatted(i, withTime ? "\"occurred_at\": \"2026-01-05T00:00:00Z\"," : "", i, email);
  }

  private static String batch(String... items) {
    return batch(List.of(items));
  }

  private static String batch(List<String> items) {
    return "{\"events\": [" + String.join(",", items) + "]}";
  }

  private Answer postAfter(CyclicBarrier together, String body) throws Exception {
    together.await();
    return post(body);
  }

  private Answer post(String body) {
    return api.send(
        HttpRequest.newBuilder(api.uri("/v1/events"))
            .header("X-API-Key", write)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static List<Object> eventIds(Answer answer) {
    return answer.list("results").stream().map(r -> map(r).get("event_id")).toList();
  }

  private long count(String tableAndCondition) throws SQLException {
    return Long.parseLong(text("SELECT count(*) FROM " + tableAndCondition));
  }

  private String text(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }
}
