package io.nexusgraph.api.runtime;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.nexusgraph.api.apikeys.ApiKeys;
import io.nexusgraph.api.apikeys.CreatedApiKey;
import io.nexusgraph.api.apikeys.Scope;
import io.nexusgraph.testkit.Neo4jConnection;
import io.nexusgraph.testkit.PostgresConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The real service (`nexus serve` minus the banner) against the test servers, with a plain JDK HTTP
 * client: requests go through Netty, security, controllers and PostgreSQL/Neo4j as in production.
 * Keys it creates are named {@code it-…} and revoked rows deleted on {@link #close()}.
 */
public final class ApiServer implements AutoCloseable {

  private final ApplicationContext cli;
  private final ServeService.Running running;
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> keyIds = new ArrayList<>();

  public ApiServer(Neo4jConnection neo4j, PostgresConnection postgres) {
    cli = ServiceHarness.cliContext(neo4j, postgres);
    running = cli.getBean(ServeService.class).start();
  }

  public ApplicationContext service() {
    return running.service();
  }

  /** A new key with these scopes, deleted again on close. */
  public String key(Scope... scopes) {
    CreatedApiKey created = service().getBean(ApiKeys.class).create("it-key", Set.of(scopes));
    keyIds.add(created.key().keyId());
    return created.plainKey();
  }

  public Answer get(String pathAndQuery, String key) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().header("X-API-Key", key));
  }

  public Answer get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
  }

  public Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("WWW-Authenticate").orElse(null),
          response.body(),
          service().getBean(JsonMapper.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public URI uri(String pathAndQuery) {
    return URI.create(running.http().getURL() + pathAndQuery);
  }

  /** Deletes the keys it made, stops the service. */
  @Override
  public void close() {
    try {
      Sql.run(
          DelegatingDataSource.unwrapDataSource(service().getBean(DataSource.class)),
          "DELETE FROM api_keys WHERE key_id = ANY(?)",
          (Object) keyIds.toArray(String[]::new));
    } finally {
      running.stop();
      cli.close();
    }
  }
}
