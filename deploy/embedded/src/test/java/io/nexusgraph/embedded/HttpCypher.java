package io.nexusgraph.embedded;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Talks to the embedded server over its HTTP API (this module has no Bolt driver). */
final class HttpCypher {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private HttpCypher() {}

  /** Runs one statement through the Query API; returns the JSON answer, failing on non-2xx. */
  static String run(EmbeddedNeo4j neo4j, String statement)
      throws IOException, InterruptedException {
    String login = neo4j.user() + ":" + neo4j.password();
    String body = "{\"statement\":\"" + statement.replace("\"", "\\\"") + "\"}";
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + neo4j.httpPort() + "/db/neo4j/query/v2"))
            .header("Content-Type", "application/json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  static int browserStatus(EmbeddedNeo4j neo4j) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + neo4j.httpPort() + "/browser/"))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
