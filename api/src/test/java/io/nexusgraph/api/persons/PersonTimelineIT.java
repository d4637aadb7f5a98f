package io.nexusgraph.api.persons;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.api.apikeys.Scope;
import io.nexusgraph.api.runtime.Answer;
import io.nexusgraph.api.runtime.ApiServer;
import io.nexusgraph.api.runtime.Sql;
import io.nexusgraph.testkit.Neo4jConnection;
import io.nexusgraph.testkit.NexusServers;
import io.nexusgraph.testkit.PostgresConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person's timeline through the running server: newest first, roles, cursor pages that end inside
 * ties of occurred_at, filters, and 400s for bad parameters. The fixture has 25 events, evt_it_NN
 * on day NN/2 of January 2026, odd ones emails (gmail), even ones meetings (calendar).
 */
@ExtendWith(NexusServers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonTimelineIT {

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
  void theFirstPageIsTheNewestEventsWithTheirRolesAndACursor() {
    Answer answer = get("/v1/persons/per_it_jane/timeline?limit=2");

    assertThat(answer.status()).isEqualTo(200);
    Map<String, Object> body = answer.object();
    assertThat(body.get("next_cursor")).isInstanceOf(String.class);
    body.remove("next_cursor");
    assertThat(body)
        .isEqualTo(
            answer.parse(
                """
                {"person_id": "per_it_jane", "resolved_from": null, "events": [
                  {"event_id": "evt_it_25", "occurred_at": "2026-01-13T00:00:00Z",
                   "event_name": "email.sent", "event_type": "email", "event_description": null,
                   "source": "gmail", "source_record_id": "msg-25", "value": null,
                   "value_unit": null, "significance": 1, "consent": "granted",
                   "roles": ["sender"]},
                  {"event_id": "evt_it_24", "occurred_at": "2026-01-13T00:00:00Z",
                   "event_name": "meeting.held", "event_type": "meeting",
                   "event_description": "Weekly sync", "source": "calendar",
                   "source_record_id": "cal-24", "value": 30, "value_unit": "minutes",
                   "significance": 2, "consent": "unknown", "roles": ["attendee"]}]}
                """));
  }

  @Test
  void aPersonWithSeveralRolesInOneEventHasItOnceWithEveryRole() {
    Answer answer = get("/v1/persons/per_it_jane/timeline?source=gmail&until=2026-01-03");

    List<Object> events = answer.list("events");
    assertThat(events).hasSize(2);
    assertThat(field(events.get(0), "event_id")).isEqualTo("evt_it_03");
    assertThat(field(events.get(0), "roles")).isEqualTo(List.of("cc", "sender"));
    assertThat(field(events.get(1), "event_id")).isEqualTo("evt_it_01");
    assertThat(answer.object().get("next_cursor")).isNull();
  }

  @Test
  void walkingTheCursorVisitsEveryEventOnceNewestFirst() {
    List<String> seen = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();
    String cursor = null;
    do {
      Answer page =
          get(
              "/v1/persons/per_it_jane/timeline?limit=7"
                  + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(page.status()).isEqualTo(200);
      List<Object> events = page.list("events");
      pageSizes.add(events.size());
      events.forEach(event -> seen.add((String) field(event, "event_id")));
      cursor = (String) page.object().get("next_cursor");
    } while (cursor != null);

    assertThat(pageSizes).containsExactly(7, 7, 7, 4);
    assertThat(seen)
        .containsExactlyElementsOf(
            IntStream.iterate(25, i -> i >= 1, i -> i - 1)
                .mapToObj(i -> "evt_it_%02d".formatted(i))
                .toList());
  }

  @Test
  void filtersCombineTypeSourceAndTheTimeWindow() {
    Answer meetings =
        get("/v1/persons/per_it_jane/timeline?type=meeting&since=2026-01-05&until=2026-01-08");
    Answer emails = get("/v1/persons/per_it_jane/timeline?source=gmail&limit=3");
    Answer none = get("/v1/persons/per_it_jane/timeline?type=meeting&source=gmail");

    assertThat(ids(meetings)).containsExactly("evt_it_12", "evt_it_10", "evt_it_08");
    assertThat(ids(emails)).containsExactly("evt_it_25", "evt_it_23", "evt_it_21");
    assertThat(emails.object().get("next_cursor")).isNotNull();
    assertThat(ids(none)).isEmpty();
    assertThat(none.object().get("next_cursor")).isNull();
  }

  @Test
  void sinceIsInclusiveAndUntilExclusiveToTheMicrosecond() {
    Answer answer =
        get(
            "/v1/persons/per_it_jane/timeline?since=2026-01-12T00:00:00Z"
                + "&until=2026-01-13T00:00:00.000001Z");

    assertThat(ids(answer)).containsExactly("evt_it_25", "evt_it_24", "evt_it_23", "evt_it_22");
  }

  @Test
  void badParametersAre400NamingEachOne() {
    assertThat(errors(get("/v1/persons/per_it_jane/timeline?limit=0")))
        .containsExactly(Map.of("field", "limit", "message", "must be greater than or equal to 1"));
    assertThat(errors(get("/v1/persons/per_it_jane/timeline?limit=1001")))
        .containsExactly(Map.of("field", "limit", "message", "must be less than or equal to 1000"));
    assertThat(errors(get("/v1/persons/per_it_jane/timeline?limit=ten")))
        .containsExactly(Map.of("field", "limit", "message", "must be a whole number"));
    assertThat(errors(get("/v1/persons/per_it_jane/timeline?since=yesterday")))
        .containsExactly(
            Map.of(
                "field",
                "since",
                "message",
                "must be an ISO-8601 instant like 2026-01-31T09:30:00Z or a date like 2026-01-31"));
    assertThat(errors(get("/v1/persons/per_it_jane/timeline?since=2026-02-01&until=2026-01-01")))
        .containsExactly(Map.of("field", "until", "message", "must be later than since"));
    assertThat(errors(get("/v1/persons/per_it_jane/timeline?cursor=not-a-cursor")))
        .containsExactly(
            Map.of(
                "field",
                "cursor",
                "message",
                "is not a cursor this endpoint issued: pass next_cursor from the previous page"
                    + " unchanged, or leave it out for the first page"));
  }

  @Test
  void aBadLimitIsAProblemWithTheFieldInTheDetailToo() {
    Answer answer = get("/v1/persons/per_it_jane/timeline?limit=5000");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
    assertThat(answer.json())
        .isEqualTo(
            answer.parse(
                """
                {"type": "about:blank", "title": "Bad Request", "status": 400,
                 "detail": "Invalid request: limit: must be less than or equal to 1000.",
                 "instance": "/v1/persons/per_it_jane/timeline",
                 "errors": [{"field": "limit", "message": "must be less than or equal to 1000"}]}
                """));
  }

  private Answer get(String path) {
    return api.get(path, key);
  }

  private static List<Object> ids(Answer answer) {
    assertThat(answer.status()).isEqualTo(200);
    return answer.list("events").stream().map(event -> field(event, "event_id")).toList();
  }

  private static List<Object> errors(Answer answer) {
    assertThat(answer.status()).isEqualTo(400);
    return answer.list("errors");
  }

  @SuppressWarnings("unchecked")
  private static Object field(Object event, String name) {
    return ((Map<String, Object>) event).get(name);
  }
}
