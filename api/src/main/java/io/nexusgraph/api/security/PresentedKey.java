package io.nexusgraph.api.security;

import io.micronaut.http.HttpRequest;

/**
 * Where a caller puts its key: {@code X-API-Key: <key>}, or {@code Authorization: Bearer <key>} for
 * clients that only speak bearer tokens. {@code X-API-Key} wins when both are sent.
 */
final class PresentedKey {

  static final String HEADER = "X-API-Key";
  private static final String BEARER = "Bearer ";

  private PresentedKey() {}

  /** The key the request presents, or null when it presents none. */
  static String of(HttpRequest<?> request) {
    String header = request.getHeaders().get(HEADER);
    if (header != null) {
      return header.strip();
    }
    String authorization = request.getHeaders().getAuthorization().orElse(null);
    if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return authorization.substring(BEARER.length()).strip();
    }
    return null;
  }
}
