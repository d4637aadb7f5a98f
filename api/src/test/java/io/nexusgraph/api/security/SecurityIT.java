package io.nexusgraph.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.api.apikeys.Scope;
import io.nexusgraph.api.runtime.Answer;
import io.nexusgraph.api.runtime.ApiServer;
import io.nexusgraph.testkit.Neo4jConnection;
import io.nexusgraph.testkit.NexusServers;
import io.nexusgraph.testkit.PostgresConnection;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who gets in, through the running server: 401 and 403 as problem+json, scopes implied upwards. */
@ExtendWith(NexusServers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityIT {

  private static final String PROBLEM_JSON = "application/problem+json";

  private ApiServer api;

  @BeforeAll
  void serve(Neo4jConnection neo4j, PostgresConnection postgres) {
    api = new ApiServer(neo4j, postgres);
  }

  @AfterAll
  void stop() {
    api.close();
  }

  @Test
  void healthNeedsNoKey() {
    assertThat(api.get("/health").status()).isEqualTo(200);
  }

  @Test
  void withoutAKeyTheAnswerIs401SayingHowToSendOne() {
    Answer answer = api.get("/v1/persons/per_nobody");

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(answer.wwwAuthenticate()).isEqualTo("Bearer realm=\"nexus-graph\"");
    assertThat(answer.json())
        .isEqualTo(
            problem(
                401,
                "Unauthorized",
                "This endpoint needs an API key: send it as X-API-Key: <key> or Authorization:"
                    + " Bearer <key> (create one with `nexus apikey create`).",
                "/v1/persons/per_nobody"));
  }

  @Test
  void aMalformedKeyIs401() {
    Answer answer = api.get("/v1/persons/per_nobody", "secret123");

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.json())
        .isEqualTo(
            problem(
                401,
                "Unauthorized",
                "The API key is malformed: Nexus Graph keys look like nxk_<key_id>_<secret>.",
                "/v1/persons/per_nobody"));
  }

  @Test
  void anUnknownKeyAndAWrongSecretAreBoth401NotRecognised() {
    String real = api.key(Scope.READ);
    String wrongSecret = real.substring(0, real.length() - 4) + "AAAA";
    String unknown = "nxk_0000000000000000_" + "A".repeat(43);

    for (String key : new String[] {wrongSecret, unknown}) {
      Answer answer = api.get("/v1/persons/per_nobody", key);
      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.json())
          .isEqualTo(
              problem(
                  401, "Unauthorized", "The API key is not recognised.", "/v1/persons/per_nobody"));
    }
  }

  @Test
  void aValidKeyGetsThroughAsHeaderOrAsBearerToken() {
    String key = api.key(Scope.READ);

    Answer header = api.get("/v1/persons/per_nobody", key);
    Answer bearer =
        api.send(
            HttpRequest.newBuilder(api.uri("/v1/persons/per_nobody"))
                .header("Authorization", "Bearer " + key));

    assertThat(header.status()).isEqualTo(404);
    assertThat(bearer.status()).isEqualTo(404);
    assertThat(bearer.json())
        .isEqualTo(problem(404, "Not Found", "No person per_nobody.", "/v1/persons/per_nobody"));
  }

  @Test
  void aRevokedKeyIs401NamingWhenItWasRevoked() {
    String admin = api.key(Scope.ADMIN);
    String victim = api.key(Scope.READ);
    String victimId = victim.substring(4, 20);
    assertThat(api.get("/v1/persons/per_nobody", victim).status()).isEqualTo(404);

    Answer revoked =
        api.send(
            HttpRequest.newBuilder(api.uri("/v1/apikeys/" + victimId))
                .DELETE()
                .header("X-API-Key", admin));
    Answer refused = api.get("/v1/persons/per_nobody", victim);

    assertThat(revoked.status()).isEqualTo(200);
    Object revokedAt = revoked.object().get("revoked_at");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.json())
        .isEqualTo(
            problem(
                401,
                "Unauthorized",
                "The API key " + victimId + " was revoked at " + revokedAt + ".",
                "/v1/persons/per_nobody"));
  }

  @Test
  void readAndWriteKeysAre403OnAdminEndpointsNamingTheScopes() {
    String read = api.key(Scope.READ);
    String write = api.key(Scope.WRITE);

    Answer readAnswer = api.get("/v1/apikeys", read);
    Answer writeAnswer = api.get("/v1/apikeys", write);

    assertThat(readAnswer.status()).isEqualTo(403);
    assertThat(readAnswer.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(readAnswer.json())
        .isEqualTo(
            problem(
                403,
                "Forbidden",
                "This endpoint needs the admin scope; the API key "
                    + read.substring(4, 20)
                    + " has read.",
                "/v1/apikeys"));
    assertThat(writeAnswer.json())
        .isEqualTo(
            problem(
                403,
                "Forbidden",
                "This endpoint needs the admin scope; the API key "
                    + write.substring(4, 20)
                    + " has read, write.",
                "/v1/apikeys"));
  }

  @Test
  void anAdminKeyMayReadToo() {
    String admin = api.key(Scope.ADMIN);

    assertThat(api.get("/v1/apikeys", admin).status()).isEqualTo(200);
    assertThat(api.get("/v1/persons/per_nobody", admin).status()).isEqualTo(404);
  }

  @Test
  void infoNeedsTheReadScope() {
    assertThat(api.get("/info").status()).isEqualTo(401);
    assertThat(api.get("/info", api.key(Scope.READ)).status()).isEqualTo(200);
  }

  @Test
  void theOpenApiDocumentAndSwaggerUiAreOpen() {
    Answer document = api.get("/swagger/nexus-graph.yml");
    Answer ui = api.get("/swagger-ui/index.html");

    assertThat(document.status()).isEqualTo(200);
    assertThat(document.body()).startsWith("openapi: 3.0.1").contains("/v1/persons/{id}/timeline:");
    assertThat(ui.status()).isEqualTo(200);
    assertThat(ui.body()).contains("swagger-ui");
  }

  @Test
  void anUnknownPathIs404ProblemWithOrWithoutAKey() {
    Answer withKey = api.get("/v1/nothing-here", api.key(Scope.READ));
    Answer withoutKey = api.get("/v1/nothing-here");

    assertThat(withKey.status()).isEqualTo(404);
    assertThat(withKey.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(withKey.json())
        .isEqualTo(problem(404, "Not Found", "Page Not Found", "/v1/nothing-here"));
    assertThat(withoutKey.status()).isEqualTo(404);
  }

  static Map<String, Object> problem(int status, String title, String detail, String instance) {
    return Map.of(
        "type",
        "about:blank",
        "title",
        title,
        "status",
        status,
        "detail",
        detail,
        "instance",
        instance,
        "errors",
        java.util.List.of());
  }
}
