package io.nexusgraph.api.persons;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.nexusgraph.api.apikeys.Scope;
import io.nexusgraph.api.lookup.LookupThreads;
import io.nexusgraph.api.runtime.Answer;
import io.nexusgraph.api.runtime.ApiServer;
import io.nexusgraph.api.runtime.Sql;
import io.nexusgraph.testkit.Neo4jConnection;
import io.nexusgraph.testkit.NexusServers;
import io.nexusgraph.testkit.PostgresConnection;
import java.util.concurrent.ExecutorService;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** The person endpoints through the running server, over fixture rows in the final tables. */
@ExtendWith(NexusServers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonsIT {

  static final String JANE =
      """
      {"person_id": "per_it_jane", "resolved_from": null, "merge_path": [],
       "email": "jane@acme.com", "name": "Jane Doe", "phone": "+16502530000", "title": "CTO",
       "timezone": "Europe/Berlin",
       "traits": {"name": "Jane Doe", "title": "CTO", "timezone": "Europe/Berlin"},
       "first_seen_at": "2025-06-01T08:00:00Z", "last_seen_at": "2026-01-13T00:00:00Z",
       "identifier_count": 3, "event_count": 25, "last_updated": "2026-01-20T00:01:00Z"}
      """;

  private ApiServer api;
  private DataSource database;
  private String key;

  @BeforeAll
  void serve(Neo4jConnection neo4j, PostgresConnection postgres, DataSource dataSource) {
    database = dataSource;
    api = new ApiServer(neo4j, postgres); // migrates the database first
    Sql.script(database, "/fixtures/read-api-cleanup.sql");
    Sql.script(database, "/fixtures/read-api.sql");
    key = api.key(Scope.READ);
  }

  @AfterAll
  void stop() {
    api.close();
    Sql.script(database, "/fixtures/read-api-cleanup.sql");
  }

  @Test
  void aPersonIsItsRowOfThePersonsTable() {
    Answer answer = get("/v1/persons/per_it_jane");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).isEqualTo("application/json");
    assertThat(answer.json()).isEqualTo(answer.parse(JANE));
  }

  @Test
  void anIdMergedAwayTwiceAnswersWithTheSurvivorAndSaysSo() {
    Answer answer = get("/v1/persons/per_it_old");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json())
        .isEqualTo(
            answer.parse(
                JANE.replace(
                    "\"resolved_from\": null, \"merge_path\": []",
                    "\"resolved_from\": \"per_it_old\","
                        + " \"merge_path\": [\"per_it_old\", \"per_it_mid\", \"per_it_jane\"]")));
  }

  @Test
  void anIdMergedIntoAPersonSinceErasedIs404SayingWhere() {
    Answer answer = get("/v1/persons/per_it_gone");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
    assertThat(answer.json())
        .isEqualTo(
            answer.parse(
                """
                {"type": "about:blank", "title": "Not Found", "status": 404,
                 "detail": "The person per_it_gone was merged into per_it_erased, which no longer exists.",
                 "instance": "/v1/persons/per_it_gone", "errors": []}
                """));
  }

  @Test
  void anUnknownPersonIs404() {
    Answer answer = get("/v1/persons/per_it_nobody");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json())
        .isEqualTo(
            answer.parse(
                """
                {"type": "about:blank", "title": "Not Found", "status": 404,
                 "detail": "No person per_it_nobody.", "instance": "/v1/persons/per_it_nobody",
                 "errors": []}
                """));
  }

  @Test
  void somethingThatIsNotAPersonIdIs400NamingTheParameter() {
    Answer answer = get("/v1/persons/jane@acme.com");

    assertThat(answer.status()).isEqualTo(400);
    String message =
        "must be a person id (per_…); to find a person by email, phone or another identifier use"
            + " GET /v1/persons?identifier=type:value";
    assertThat(answer.object())
        .containsEntry("detail", "id: " + message)
        .containsEntry("status", 400);
    assertThat(answer.list("errors"))
        .containsExactly(answer.parse("{\"field\": \"id\", \"message\": \"" + message + "\"}"));
  }

  @Test
  void lookupByIdentifierNormalisesTheValueAsIngestDoes() {
    Answer byEmail = get("/v1/persons?identifier=email:%20Jane@ACME.com%20");
    Answer byPhone = get("/v1/persons?identifier=phone:%2B1%20(650)%20253-0000");
    Answer byUserId = get("/v1/persons?identifier=user_id:u-1001");

    for (Answer answer : new Answer[] {byEmail, byPhone, byUserId}) {
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.json()).isEqualTo(answer.parse(JANE));
    }
  }

  @Test
  void lookupAnswersExactlyTheseBytes() {
    // Pins the wire format (field order, no whitespace, traits in the order PostgreSQL's jsonb
    // keeps) so that a change of the thread or serialisation path cannot change a byte.
    assertThat(get("/v1/persons?identifier=email:jane@acme.com").body())
        .isEqualTo(
            "{\"person_id\":\"per_it_jane\",\"resolved_from\":null,\"merge_path\":[],"
                + "\"email\":\"jane@acme.com\",\"name\":\"Jane Doe\",\"phone\":\"+16502530000\","
                + "\"title\":\"CTO\",\"timezone\":\"Europe/Berlin\","
                + "\"traits\":{\"name\":\"Jane Doe\",\"title\":\"CTO\",\"timezone\":\"Europe/Berlin\"},"
                + "\"first_seen_at\":\"2025-06-01T08:00:00Z\",\"last_seen_at\":\"2026-01-13T00:00:00Z\","
                + "\"identifier_count\":3,\"event_count\":25,\"last_updated\":\"2026-01-20T00:01:00Z\"}");
  }

  @Test
  void personEndpointsRunOnThePlatformThreadsOfTheLookupsExecutor() throws Exception {
    ExecutorService lookups =
        api.service().getBean(ExecutorService.class, Qualifiers.byName(LookupThreads.EXECUTOR));
    Thread thread = lookups.submit(Thread::currentThread).get();
    assertThat(thread.isVirtual()).isFalse();
    assertThat(
            api.service()
                .getBeanDefinition(PersonsController.class)
                .getRequiredMethod("lookup", String.class)
                .stringValue(ExecuteOn.class))
        .contains(LookupThreads.EXECUTOR);
  }

  @Test
  void lookupOfAnIdentifierNoOneHasIs404() {
    Answer answer = get("/v1/persons?identifier=email:nobody@acme.com");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.object()).containsEntry("detail", "No person has the email nobody@acme.com.");
  }

  @Test
  void malformedIdentifiersAre400WithTheReason() {
    assertThat(get("/v1/persons?identifier=jane@acme.com").object())
        .containsEntry("status", 400)
        .containsEntry(
            "detail",
            "identifier: must be type:value, e.g. email:jane@acme.com or phone:+15551234567");
    assertThat(get("/v1/persons?identifier=email:not-an-email").object())
        .containsEntry(
            "detail",
            "identifier: the email value is not one Nexus Graph resolves: not an email address"
                + " (invalid_email)");
    assertThat(get("/v1/persons?identifier=email:noreply@acme.com").object())
        .containsEntry(
            "detail",
            "identifier: the email value is not one Nexus Graph resolves: blocked value"
                + " (blocked_value)");
    assertThat(get("/v1/persons?identifier=E-Mail:jane@acme.com").object())
        .containsEntry(
            "detail",
            "identifier: identifier type 'e-mail' must be lower-case letters, digits and _"
                + " (email, phone, domain, user_id, ...)");
    assertThat(get("/v1/persons").object())
        .containsEntry("detail", "identifier: is required: type:value, e.g. email:jane@acme.com");
  }

  @Test
  void identifiersAreTheResolvedOnesByTypeThenValue() {
    Answer answer = get("/v1/persons/per_it_jane/identifiers");

    assertThat(answer.json())
        .isEqualTo(
            answer.parse(
                """
                {"person_id": "per_it_jane", "resolved_from": null, "identifiers": [
                  {"type": "email", "value": "jane@acme.com", "source": "gmail",
                   "first_seen_at": "2025-06-01T08:00:00Z", "last_seen_at": "2026-01-13T00:00:00Z"},
                  {"type": "phone", "value": "+16502530000", "source": "stripe",
                   "first_seen_at": "2025-08-01T10:00:00Z", "last_seen_at": "2026-01-12T00:00:00Z"},
                  {"type": "user_id", "value": "u-1001", "source": "segment",
                   "first_seen_at": "2025-09-01T00:00:00Z", "last_seen_at": "2026-01-01T00:00:00Z"}]}
                """));
  }

  @Test
  void subResourcesOfAMergedIdFollowTheMergeToo() {
    Answer answer = get("/v1/persons/per_it_mid/traits");

    assertThat(answer.json())
        .isEqualTo(
            answer.parse(
                """
                {"person_id": "per_it_jane", "resolved_from": "per_it_mid", "traits": [
                  {"name": "name", "value": "Jane Doe", "source": "hubspot",
                   "occurred_at": "2025-06-01T08:00:00Z"},
                  {"name": "timezone", "value": "Europe/Berlin", "source": "calendar",
                   "occurred_at": "2026-01-04T00:00:00Z"},
                  {"name": "title", "value": "CTO", "source": "linkedin",
                   "occurred_at": "2025-11-03T09:30:00Z"}]}
                """));
  }

  @Test
  void groupsAreTheMembershipsWithRole() {
    Answer answer = get("/v1/persons/per_it_jane/groups");

    assertThat(answer.json())
        .isEqualTo(
            answer.parse(
                """
                {"person_id": "per_it_jane", "resolved_from": null, "groups": [
                  {"group_id": "grp_it_acme", "name": "Acme Inc", "domain": "acme.com",
                   "role": "employee", "source": "hubspot",
                   "established_at": "2025-06-01T08:00:00Z",
                   "last_seen_at": "2026-01-13T00:00:00Z"}]}
                """));
  }

  private Answer get(String path) {
    return api.get(path, key);
  }
}
