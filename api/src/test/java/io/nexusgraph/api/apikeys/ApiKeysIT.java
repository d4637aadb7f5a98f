package io.nexusgraph.api.apikeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexusgraph.api.runtime.Answer;
import io.nexusgraph.api.runtime.ApiServer;
import io.nexusgraph.api.runtime.Sql;
import io.nexusgraph.testkit.Neo4jConnection;
import io.nexusgraph.testkit.NexusServers;
import io.nexusgraph.testkit.PostgresConnection;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** API keys in the real database, through {@link ApiKeys} and the admin endpoints. */
@ExtendWith(NexusServers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiKeysIT {

  private ApiServer api;
  private ApiKeys keys;
  private DataSource database;
  private String admin;

  @BeforeAll
  void serve(Neo4jConnection neo4j, PostgresConnection postgres, DataSource dataSource) {
    database = dataSource;
    api = new ApiServer(neo4j, postgres);
    keys = api.service().getBean(ApiKeys.class);
    admin = api.key(Scope.ADMIN);
  }

  @AfterAll
  void stop() {
    Sql.run(database, "DELETE FROM api_keys WHERE name LIKE 'keys-it%'");
    api.close();
  }

  @Test
  void theDatabaseKeepsTheSha256OfTheKeyNeverTheKey() throws SQLException {
    CreatedApiKey created = keys.create("keys-it hash", Set.of(Scope.WRITE));

    Map<String, Object> row = row(created.key().keyId());

    assertThat(created.plainKey()).matches("nxk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
    assertThat(created.plainKey()).startsWith("nxk_" + created.key().keyId() + "_");
    assertThat(row)
        .containsEntry("name", "keys-it hash")
        .containsEntry("key_hash", KeyFormat.hash(created.plainKey()))
        .containsEntry("scopes", "{write}")
        .containsEntry("revoked_at", null);
    assertThat(row.values().toString()).doesNotContain(created.plainKey().substring(21));
    assertThat(created.toString()).doesNotContain(created.plainKey());
  }

  @Test
  void aCheckedKeysRowIsKeptSoTheNextCheckNeedsNoReadUntilARevocation() {
    CreatedApiKey created = keys.create("keys-it kept", Set.of(Scope.READ));
    String wrongSecret = created.plainKey().substring(0, 21) + "A".repeat(43);

    Optional<KeyCheck> beforeAnyCheck = keys.checkKept(created.plainKey());
    keys.check(created.plainKey());
    Optional<KeyCheck> kept = keys.checkKept(created.plainKey());
    Optional<KeyCheck> keptWrongSecret = keys.checkKept(wrongSecret);
    keys.revoke(created.key().keyId());
    Optional<KeyCheck> afterRevoke = keys.checkKept(created.plainKey());

    assertThat(beforeAnyCheck).isEmpty();
    assertThat(kept).contains(new KeyCheck.Accepted(created.key()));
    assertThat(keptWrongSecret).contains(new KeyCheck.Refused("The API key is not recognised."));
    assertThat(afterRevoke).isEmpty();
    assertThat(keys.check(created.plainKey())).isInstanceOf(KeyCheck.Refused.class);
    assertThat(keys.checkKept("nxk_0123"))
        .contains(
            new KeyCheck.Refused(
                "The API key is malformed: Nexus Graph keys look like nxk_<key_id>_<secret>."));
  }

  @Test
  void checkAcceptsTheKeyAndRefusesAnythingElse() {
    CreatedApiKey created = keys.create("keys-it check", Set.of(Scope.READ, Scope.ADMIN));
    String other = keys.create("keys-it other", Set.of(Scope.READ)).plainKey();
    String spliced = created.plainKey().substring(0, 21) + other.substring(21);

    assertThat(keys.check(created.plainKey())).isEqualTo(new KeyCheck.Accepted(created.key()));
    assertThat(keys.check(spliced))
        .isEqualTo(new KeyCheck.Refused("The API key is not recognised."));
    assertThat(keys.check("nxk_" + created.key().keyId()))
        .isEqualTo(
            new KeyCheck.Refused(
                "The API key is malformed: Nexus Graph keys look like nxk_<key_id>_<secret>."));
  }

  @Test
  void revokingTwiceKeepsTheFirstTimeAndUnknownKeysAreEmpty() {
    CreatedApiKey created = keys.create("keys-it revoke", Set.of(Scope.READ));

    ApiKey first = keys.revoke(created.key().keyId()).orElseThrow();
    ApiKey second = keys.revoke(created.key().keyId()).orElseThrow();

    assertThat(first.revokedAt()).isNotNull();
    assertThat(second).isEqualTo(first);
    assertThat(keys.check(created.plainKey()))
        .isEqualTo(
            new KeyCheck.Refused(
                "The API key "
                    + created.key().keyId()
                    + " was revoked at "
                    + first.revokedAt()
                    + "."));
    assertThat(keys.revoke("0123456789abcdef")).isEmpty();
  }

  @Test
  void aKeyNeedsANameAndAScope() {
    assertThatThrownBy(() -> keys.create(" ", Set.of(Scope.READ)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an API key needs a name of 1 to 200 characters");
    assertThatThrownBy(() -> keys.create("keys-it none", Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an API key needs at least one scope: read, write, admin");
  }

  @Test
  void anAdminCreatesAKeyOverHttpThatWorksAtOnceAndIsListedWithoutSecret() {
    Answer created = post("{\"name\": \"keys-it http\", \"scopes\": [\"write\"]}");

    assertThat(created.status()).isEqualTo(201);
    Map<String, Object> body = created.object();
    String key = (String) body.get("key");
    String keyId = (String) body.get("key_id");
    assertThat(body)
        .containsOnlyKeys("key_id", "name", "scopes", "created_at", "key")
        .containsEntry("name", "keys-it http")
        .containsEntry("scopes", List.of("write"));
    assertThat(key).startsWith("nxk_" + keyId + "_");
    assertThat(api.get("/v1/persons/per_keys_it", key).status()).isEqualTo(404);
    Answer listed = api.get("/v1/apikeys", admin);
    assertThat(listed.body()).contains(keyId).doesNotContain(key).doesNotContain("sha256:");
  }

  @Test
  void anInvalidBodyIs400WithOneErrorPerField() {
    Answer answer = post("{\"name\": \"\", \"scopes\": [\"write\", \"root\"]}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
    assertThat(answer.json())
        .isEqualTo(
            answer.parse(
                """
                {"type": "about:blank", "title": "Bad Request", "status": 400,
                 "detail": "Invalid request: name: must not be blank; scopes[1]: must be read, write or admin.",
                 "instance": "/v1/apikeys",
                 "errors": [{"field": "name", "message": "must not be blank"},
                            {"field": "scopes[1]", "message": "must be read, write or admin"}]}
                """));
  }

  @Test
  void malformedJsonAWrongShapeAndAWrongMediaTypeAre4xxProblems() {
    Answer truncated = post("{\"name\": ");
    Answer wrongShape = post("{\"name\": \"keys-it shape\", \"scopes\": {\"read\": true}}");
    Answer text =
        api.send(
            HttpRequest.newBuilder(api.uri("/v1/apikeys"))
                .header("X-API-Key", admin)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name=x")));

    assertThat(truncated.status()).isEqualTo(400);
    assertThat(truncated.contentType()).isEqualTo("application/problem+json");
    assertThat(wrongShape.status()).isEqualTo(400);
    assertThat(wrongShape.contentType()).isEqualTo("application/problem+json");
    assertThat(text.status()).isEqualTo(415);
    assertThat(text.contentType()).isEqualTo("application/problem+json");
  }

  @Test
  void revokingAnUnknownKeyOverHttpIs404() {
    Answer answer =
        api.send(
            HttpRequest.newBuilder(api.uri("/v1/apikeys/0123456789abcdef"))
                .DELETE()
                .header("X-API-Key", admin));

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.object()).containsEntry("detail", "No API key 0123456789abcdef.");
  }

  private Answer post(String json) {
    return api.send(
        HttpRequest.newBuilder(api.uri("/v1/apikeys"))
            .header("X-API-Key", admin)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private Map<String, Object> row(String keyId) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT name, key_hash, scopes::text AS scopes, revoked_at FROM api_keys"
                    + " WHERE key_id = ?")) {
      query.setString(1, keyId);
      try (ResultSet rows = query.executeQuery()) {
        assertThat(rows.next()).isTrue();
        Map<String, Object> row = new java.util.HashMap<>();
        for (String column : List.of("name", "key_hash", "scopes", "revoked_at")) {
          row.put(column, rows.getObject(column));
        }
        return row;
      }
    }
  }
}
