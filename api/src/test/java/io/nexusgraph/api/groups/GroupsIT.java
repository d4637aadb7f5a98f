package io.nexusgraph.api.groups;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.api.apikeys.Scope;
import io.nexusgraph.api.runtime.Answer;
import io.nexusgraph.api.runtime.ApiServer;
import io.nexusgraph.api.runtime.Sql;
import io.nexusgraph.testkit.Neo4jConnection;
import io.nexusgraph.testkit.NexusServers;
import io.nexusgraph.testkit.PostgresConnection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** The group endpoints through the running server, over fixture rows in the final tables. */
@ExtendWith(NexusServers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupsIT {

  static final String ACME =
      """
      {"group_id": "grp_it_acme", "resolved_from": null, "merge_path": [],
       "domain": "acme.com", "name": "Acme Inc", "industry": "Software", "company_size": "51-200",
       "shopify_id": null, "stripe_customer_id": "cus_it_123",
       "traits": {"name": "Acme Inc", "industry": "Software"},
       "first_seen_at": "2025-06-01T08:00:00Z", "last_seen_at": "2026-01-13T00:00:00Z",
       "member_count": 2, "last_updated": "2026-01-20T00:01:00Z"}
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
  void aGroupIsItsRowOfTheGroupsTable() {
    Answer answer = get("/v1/groups/grp_it_acme");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json()).isEqualTo(answer.parse(ACME));
  }

  @Test
  void aMergedGroupIdAnswersWithTheSurvivor() {
    Answer answer = get("/v1/groups/grp_it_old");

    assertThat(answer.json())
        .isEqualTo(
            answer.parse(
                ACME.replace(
                    "\"resolved_from\": null, \"merge_path\": []",
                    "\"resolved_from\": \"grp_it_old\","
                        + " \"merge_path\": [\"grp_it_old\", \"grp_it_acme\"]")));
  }

  @Test
  void lookupByDomainNormalisesAUrlToTheRegistrableDomain() {
    Answer byUrl = get("/v1/groups?identifier=domain:https://www.Shop.ACME.com/about");
    Answer byStripeId = get("/v1/groups?identifier=stripe_customer_id:cus_it_123");

    assertThat(byUrl.json()).isEqualTo(byUrl.parse(ACME));
    assertThat(byStripeId.json()).isEqualTo(byStripeId.parse(ACME));
  }

  @Test
  void unknownAndMalformedGroupsAre404And400() {
    Answer unknown = get("/v1/groups/grp_it_nobody");
    Answer notAGroupId = get("/v1/groups/per_it_jane");
    Answer noOne = get("/v1/groups?identifier=domain:nobody.example.org");

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.object()).containsEntry("detail", "No group grp_it_nobody.");
    assertThat(notAGroupId.status()).isEqualTo(400);
    assertThat(notAGroupId.list("errors"))
        .containsExactly(
            Map.of(
                "field",
                "id",
                "message",
                "must be a group id (grp_…); to find a group by domain or another identifier use"
                    + " GET /v1/groups?identifier=type:value"));
    assertThat(noOne.status()).isEqualTo(404);
    assertThat(noOne.object()).containsEntry("detail", "No group has the domain example.org.");
  }

  @Test
  void membersComeByPersonIdWithRoleOnePageAfterAnother() {
    Answer first = get("/v1/groups/grp_it_acme/members?limit=1");
    String cursor = (String) first.object().get("next_cursor");
    Answer second = get("/v1/groups/grp_it_acme/members?limit=1&cursor=" + cursor);

    assertThat(cursor).isNotNull();
    assertThat(first.list("members"))
        .containsExactly(
            first.parse(
                """
                {"person_id": "per_it_bob", "name": "Bob Roe", "email": "bob@acme.com",
                 "role": null, "source": "gmail", "established_at": "2025-07-01T08:00:00Z",
                 "last_seen_at": "2026-01-02T00:00:00Z"}
                """));
    assertThat(second.json())
        .isEqualTo(
            second.parse(
                """
                {"group_id": "grp_it_acme", "resolved_from": null, "members": [
                  {"person_id": "per_it_jane", "name": "Jane Doe", "email": "jane@acme.com",
                   "role": "employee", "source": "hubspot",
                   "established_at": "2025-06-01T08:00:00Z",
                   "last_seen_at": "2026-01-13T00:00:00Z"}],
                 "next_cursor": null}
                """));
  }

  @Test
  void aTimelineCursorIsNoMembersCursor() {
    Answer timeline = get("/v1/groups/grp_it_acme/timeline?limit=1");
    String timelineCursor = (String) timeline.object().get("next_cursor");

    Answer members = get("/v1/groups/grp_it_acme/members?cursor=" + timelineCursor);

    assertThat(members.status()).isEqualTo(400);
    assertThat(members.list("errors")).hasSize(1);
  }

  @Test
  void theTimelineIsTheGroupsEventsNewestFirstWithItsRole() {
    Answer answer = get("/v1/groups/grp_it_acme/timeline?type=email");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.object()).containsEntry("group_id", "grp_it_acme");
    List<Object> events = answer.list("events");
    assertThat(events)
        .extracting(event -> (Object) ((Map<?, ?>) event).get("event_id"))
        .containsExactly("evt_it_05", "evt_it_03", "evt_it_01");
    assertThat(events)
        .extracting(event -> (Object) ((Map<?, ?>) event).get("roles"))
        .containsOnly((Object) List.of("customer"));
    assertThat(answer.object().get("next_cursor")).isNull();
  }

  private Answer get(String path) {
    return api.get(path, key);
  }
}
