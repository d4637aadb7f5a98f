package io.nexusgraph.api.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.api.apikeys.Scope;
import io.nexusgraph.api.runtime.Answer;
import io.nexusgraph.api.runtime.ApiServer;
import io.nexusgraph.graph.load.GraphLoader;
import io.nexusgraph.graph.resolution.Guardrails;
import io.nexusgraph.graph.resolution.Resolver;
import io.nexusgraph.ingest.eventlog.Consent;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.Event;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.eventlog.IdentifierObservation;
import io.nexusgraph.testkit.Neo4jConnection;
import io.nexusgraph.testkit.NexusServers;
import io.nexusgraph.testkit.PostgresConnection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * {@code GET /v1/explain} through the running server over a graph loaded and resolved with the real
 * loader and GDS: ann's email and cat's email are one person through a user id (two records); dan's
 * email is someone else.
 */
@ExtendWith(NexusServers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplainIT {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private final String token = UUID.randomUUID().toString().substring(0, 8);
  private ApiServer api;
  private Driver driver;
  private String key;

  @BeforeAll
  void serve(Neo4jConnection neo4j, PostgresConnection postgres, Driver driver) {
    this.driver = driver;
    api = new ApiServer(neo4j, postgres);
    key = api.key(Scope.READ);
    new GraphLoader(driver)
        .load(
            List.of(
                record("first", 1, email("ann"), userId()),
                record("second", 2, userId(), email("cat")),
                record("third", 3, email("dan"))));
    new Resolver(driver, Clock.fixed(T0, ZoneOffset.UTC), Guardrails.defaults())
        .resolve(EntityKind.PERSON, "run_" + token);
  }

  @AfterAll
  void stop() {
    api.close();
    Map<String, Object> p = Map.of("token", token);
    driver
        .executableQuery(
            "MATCH (i:PersonIdentifier) WHERE i.value CONTAINS $token"
                + " OPTIONAL MATCH (i)-[:IDENTIFIES]->(p:Person) DETACH DELETE i, p")
        .withParameters(p)
        .execute();
    driver
        .executableQuery("MATCH (e:Event) WHERE e.event_id CONTAINS $token DETACH DELETE e")
        .withParameters(p)
        .execute();
    driver
        .executableQuery("MATCH (c:IdChange) WHERE c.run_id CONTAINS $token DELETE c")
        .withParameters(p)
        .execute();
  }

  @Test
  void twoIdentifiersOfOnePersonComeWithEachHopOfEvidence() {
    Answer answer =
        api.get(
            "/v1/explain?a=email:ANN."
                + token
                + "@Nexus-IT.dev&b=email:cat."
                + token
                + "@nexus-it.dev",
            key);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json())
        .isEqualTo(
            answer.parse(
                """
                {"kind": "person",
                 "a": {"type": "email", "value": "ann.TOKEN@nexus-it.dev"},
                 "b": {"type": "email", "value": "cat.TOKEN@nexus-it.dev"},
                 "verdict": "same_entity",
                 "path": [
                   {"from": {"type": "email", "value": "ann.TOKEN@nexus-it.dev"},
                    "to": {"type": "user_id", "value": "u-TOKEN"},
                    "edge_id": "edg_evt_TOKEN_first", "source": "api-it",
                    "event_id": "evt_TOKEN_first", "occurred_at": "2026-01-02T00:00:00Z"},
                   {"from": {"type": "user_id", "value": "u-TOKEN"},
                    "to": {"type": "email", "value": "cat.TOKEN@nexus-it.dev"},
                    "edge_id": "edg_evt_TOKEN_second", "source": "api-it",
                    "event_id": "evt_TOKEN_second", "occurred_at": "2026-01-03T00:00:00Z"}],
                 "obstacles": []}
                """
                    .replace("TOKEN", token)));
  }

  @Test
  void unrelatedIdentifiersAreDifferentEntitiesWithNothingToBlame() {
    Answer answer =
        api.get(
            "/v1/explain?a=email:ann."
                + token
                + "@nexus-it.dev&b=email:dan."
                + token
                + "@nexus-it.dev",
            key);

    assertThat(answer.object())
        .containsEntry("verdict", "different_entities")
        .containsEntry("path", List.of())
        .containsEntry("obstacles", List.of());
  }

  @Test
  void anIdentifierTheGraphHasNeverSeenIsUnknown() {
    Answer answer =
        api.get(
            "/v1/explain?a=email:ann." + token + "@nexus-it.dev&b=user_id:nobody-" + token, key);

    assertThat(answer.object()).containsEntry("verdict", "unknown_identifier");
  }

  @Test
  void badParametersAre400() {
    Answer notAnIdentifier = api.get("/v1/explain?a=ann&b=email:x@acme.com", key);
    Answer missing = api.get("/v1/explain?a=email:x@acme.com", key);
    Answer badKind = api.get("/v1/explain?a=email:x@acme.com&b=email:y@acme.com&kind=robot", key);

    assertThat(notAnIdentifier.list("errors"))
        .containsExactly(
            Map.of(
                "field",
                "a",
                "message",
                "must be type:value, e.g. email:jane@acme.com or phone:+15551234567"));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.list("errors"))
        .containsExactly(Map.of("field", "b", "message", "Required QueryValue [b] not specified"));
    assertThat(badKind.list("errors"))
        .containsExactly(Map.of("field", "kind", "message", "must be person or group"));
  }

  private String email(String local) {
    return local + "." + token + "@nexus-it.dev";
  }

  private String userId() {
    return "u-" + token;
  }

  private EventLogBatch record(String name, int day, String... values) {
    String eventId = "evt_" + token + "_" + name;
    Instant at = T0.plusSeconds(86_400L * day);
    Event event =
        new Event(
            eventId,
            at,
            "test.record",
            "test",
            null,
            "api-it",
            eventId,
            null,
            null,
            null,
            Consent.UNKNOWN);
    List<IdentifierObservation> identifiers =
        java.util.Arrays.stream(values)
            .map(
                value ->
                    new IdentifierObservation(
                        "pio_" + eventId + "_" + value,
                        EntityKind.PERSON,
                        value.startsWith("u-") ? "user_id" : "email",
                        value,
                        value,
                        "edg_" + eventId,
                        "customer",
                        "api-it",
                        at,
                        eventId,
                        true))
            .toList();
    return new EventLogBatch(event, identifiers, List.of(), List.of(), List.of());
  }
}
