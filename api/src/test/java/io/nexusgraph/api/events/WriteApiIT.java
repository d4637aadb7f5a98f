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
import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * The write side through the running server: events posted (good ones kept, bad ones answered with
 * a reason), a run started over HTTP that resolves them, the result read back, erasure, and the
 * same data posted again after erasure without bringing the person back.
 */
@ExtendWith(NexusServers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WriteApiIT {

  private static final String BATCH =
      """
      {"events": [
        {"source": "crm", "source_record_id": "c-1", "occurred_at": "2024-05-01T10:00:00Z",
         "event_name": "Contact Created", "event_type": "crm",
         "identifiers": [
           {"kind": "person", "edge": "contact", "type": "email", "value": " Jane@Acme.com "},
           {"kind": "person", "edge": "contact", "type": "phone", "value": "+1 650 253 0000"}],
         "traits": [{"kind": "person", "edge": "contact", "name": "name", "value": "Jane Doe"}]},
        {"source": "crm", "source_record_id": "c-2", "occurred_at": "2024-05-02T10:00:00Z",
         "event_name": "Contact Created",
         "identifiers": [
           {"kind": "person", "edge": "contact", "type": "email", "value": "not-an-email"},
           {"kind": "person", "edge": "contact", "type": "user_id", "value": "u-77"}]},
        {"source": "crm", "source_record_id": "c-3", "event_name": "Contact Created",
         "identifiers": [{"kind": "person", "type": "email", "value": "x@acme.com"}]}
      ]}
      """;

  private ApiServer api;
  private DataSource dataSource;
  private String write;
  private String admin;
  private String read;

  @BeforeAll
  void serve(Neo4jConnection neo4j, PostgresConnection postgres) throws SQLException {
    api = new ApiServer(neo4j, postgres);
    dataSource = api.service().getBean(Postgres.class).dataSource();
    Wipe.all(dataSource, api.service().getBean(Driver.class));
    write = api.key(Scope.WRITE);
    admin = api.key(Scope.ADMIN);
    read = api.key(Scope.READ);
  }

  @AfterAll
  void stop() throws SQLException {
    Wipe.all(dataSource, api.service().getBean(Driver.class));
    api.close();
  }

  @Test
  @Order(1)
  void aBatchKeepsTheGoodEventsAndSaysWhyTheBadOnesWereRejected() {
    Answer answer = post("/v1/events", BATCH, write);

    assertThat(answer.status()).isEqualTo(200);
    Map<String, Object> body = answer.object();
    assertThat(body).containsEntry("accepted", 2).containsEntry("rejected", 1);
    List<Object> results = answer.list("results");
    assertThat(map(results.get(0)))
        .containsEntry("index", 0)
        .containsEntry("status", "accepted")
        .containsEntry("fields_rejected", List.of());
    assertThat(map(results.get(1))).containsEntry("status", "accepted");
    List<?> fields = (List<?>) map(results.get(1)).get("fields_rejected");
    assertThat(fields).hasSize(1);
    assertThat(map(fields.getFirst()))
        .containsEntry("field", "contact.email")
        .containsEntry("reason", "invalid_email");
    assertThat(map(results.get(2)))
        .containsEntry("status", "rejected")
        .containsEntry("reason", "missing_required_field")
        .containsEntry("detail", "missing occurred_at");
    assertThat(count("SELECT count(*) FROM events")).isEqualTo(2);
    assertThat(count("SELECT count(*) FROM ingest_rejects WHERE run_id IS NULL")).isEqualTo(2);
  }

  @Test
  @Order(2)
  void postingTheSameBatchAgainStoresNothingNew() {
    Answer first = post("/v1/events", BATCH, write);
    Answer again = post("/v1/events", BATCH, write);

    assertThat(map(again.list("results").get(0)).get("event_id"))
        .isEqualTo(map(first.list("results").get(0)).get("event_id"));
    assertThat(count("SELECT count(*) FROM events")).isEqualTo(2);
  }

  @Test
  @Order(3)
  void badBodiesAndScopesAreRefusedWithProblems() {
    Answer malformed = post("/v1/events", "{\"events\": [", write);
    Answer readOnly = post("/v1/events", BATCH, read);
    Answer runAsWriter = post("/v1/runs", "{}", write);
    Answer badKind = post("/v1/runs", "{\"kind\": \"sideways\"}", admin);

    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.contentType()).isEqualTo("application/problem+json");
    assertThat((String) malformed.object().get("detail"))
        .startsWith("body: the body is not valid JSON");
    assertThat(readOnly.status()).isEqualTo(403);
    assertThat(runAsWriter.status()).isEqualTo(403);
    assertThat(badKind.status()).isEqualTo(400);
    assertThat(badKind.contentType()).isEqualTo("application/problem+json");
    assertThat(api.get("/v1/runs/run_unknown", read).status()).isEqualTo(404);
  }

  @Test
  @Order(4)
  void aRunStartedOverHttpResolvesThePostedEvents() throws Exception {
    Map<String, Object> run = runToTheEnd();

    assertThat(run).containsEntry("status", "succeeded").containsEntry("kind", "incremental");
    assertThat(map(map(map(run.get("stats")).get("stages")).get("load"))).containsEntry("rows", 2);
    Answer jane = api.get("/v1/persons?identifier=email:jane@acme.com", read);
    assertThat(jane.status()).isEqualTo(200);
    assertThat(
            api.get("/v1/persons?identifier=phone:%2B16502530000", read).object().get("person_id"))
        .isEqualTo(jane.object().get("person_id"));
    Answer list = api.get("/v1/runs?limit=1", read);
    assertThat(map(list.list("runs").getFirst())).containsEntry("run_id", run.get("run_id"));
  }

  @Test
  @Order(5)
  void erasureRemovesThePersonAndTheSameDataDoesNotBringItBack() throws Exception {
    String jane =
        (String)
            api.get("/v1/persons?identifier=email:jane@acme.com", read).object().get("person_id");

    String janesIdentifiers =
        "SELECT count(*) FROM person_identifiers"
            + " WHERE identifier_value IN ('jane@acme.com', '+16502530000')";
    String janesTraits = "SELECT count(*) FROM person_traits WHERE trait_value = 'Jane Doe'";
    assertThat(count(janesIdentifiers)).isEqualTo(2);
    assertThat(count(janesTraits)).isEqualTo(1);

    Answer asWriter = send("DELETE", "/v1/persons/" + jane, null, write);
    Answer erased = send("DELETE", "/v1/persons/" + jane, null, admin);

    assertThat(asWriter.status()).isEqualTo(403);
    assertThat(erased.status()).isEqualTo(200);
    assertThat(erased.object())
        .containsEntry("person_id", jane)
        .containsEntry("identifiers_suppressed", 2);
    assertThat(api.get("/v1/persons/" + jane, read).status()).isEqualTo(404);
    // The stored event log forgets the observations explicitly (no foreign key cascades there);
    // the event they came with stays.
    assertThat(count(janesIdentifiers)).isZero();
    assertThat(count(janesTraits)).isZero();
    assertThat(count("SELECT count(*) FROM events WHERE source_record_id = 'c-1'")).isEqualTo(1);

    post("/v1/events", BATCH.replace("\"c-1\"", "\"c-1-again\""), write);
    assertThat(runToTheEnd()).containsEntry("status", "succeeded");

    assertThat(api.get("/v1/persons?identifier=email:jane@acme.com", read).status()).isEqualTo(404);
    assertThat(
            count(
                "SELECT count(*) FROM resolved_person_identifiers WHERE identifier_value = 'jane@acme.com'"))
        .isZero();
    assertThat(send("DELETE", "/v1/persons/per_nobody", null, admin).status()).isEqualTo(404);
  }

  private Map<String, Object> runToTheEnd() throws InterruptedException {
    Answer started = post("/v1/runs", "{\"kind\": \"incremental\"}", admin);
    assertThat(started.status()).isEqualTo(202);
    String id = (String) started.object().get("run_id");
    assertThat(started.object()).containsEntry("status", "running");
    Map<String, Object> run = started.object();
    for (int i = 0; i < 600 && "running".equals(run.get("status")); i++) {
      Thread.sleep(500);
      run = api.get("/v1/runs/" + id, read).object();
    }
    return run;
  }

  private Answer post(String path, String body, String key) {
    return send("POST", path, body, key);
  }

  private Answer send(String method, String path, String body, String key) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api.uri(path))
            .header("X-API-Key", key)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    return api.send(request);
  }

  private long count(String sql) {
    try (var c = dataSource.getConnection();
        var s = c.createStatement();
        var r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }
}
