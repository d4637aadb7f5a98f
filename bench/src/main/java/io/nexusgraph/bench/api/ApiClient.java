package io.nexusgraph.bench.api;

import io.nexusgraph.graph.identity.IdentifierKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The service's REST API on loopback, with one API key: builds the requests the load sends and
 * answers the few plain calls the product stage makes (health, a run). HTTP/1.1, as a plain client
 * would speak it.
 */
public final class ApiClient implements AutoCloseable {

  private final URI base;
  private final String key;
  private final Duration timeout;
  private final HttpClient http;

  public ApiClient(int port, String key, Duration timeout) {
    this.base = URI.create("http://127.0.0.1:" + port);
    this.key = key;
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** Keep-alive connections for the lookup load, with this client's key and timeout. */
  LoopbackHttp loopback() {
    return new LoopbackHttp(base.getPort(), key, timeout);
  }

  /** The path and query of {@code GET /v1/persons?identifier=type:value}, the value URL-encoded. */
  static String lookupUri(IdentifierKey identifier) {
    return "/v1/persons?identifier="
        + URLEncoder.encode(identifier.type() + ":" + identifier.value(), StandardCharsets.UTF_8);
  }

  /** {@code POST /v1/events} with a JSON body. */
  HttpRequest events(String json) {
    return authorised("/v1/events")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .build();
  }

  /** True when {@code GET /health} answers 200 (every component up); false when unreachable. */
  public boolean healthy() {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(base.resolve("/health")).timeout(timeout).GET().build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the service's /health", e);
    }
  }

  /** The body of an authorised {@code GET path}; throws unless the answer is 200. */
  public String get(String path) {
    HttpResponse<String> response = send(authorised(path).GET().build());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "GET " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /** The body of an authorised {@code POST path} of a JSON body; throws unless 202 answers it. */
  public String postAccepted(String path, String json) {
    HttpResponse<String> response =
        send(
            authorised(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    if (response.statusCode() != 202) {
      throw new IllegalStateException(
          "POST " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + request.uri(), e);
    }
  }

  private HttpRequest.Builder authorised(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).header("X-API-Key", key);
  }

  @Override
  public void close() {
    http.close();
  }
}
