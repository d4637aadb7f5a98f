package io.nexusgraph.api.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Security's refusals as problem+json that say what to do: 401 names how to send a key, or why the
 * presented one was refused (malformed, unknown, revoked); 403 names the scope the endpoint needs
 * and the scopes the key has. Never redirects, never echoes the key.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
final class ApiKeyRejections
    implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

  static final String NO_KEY =
      "This endpoint needs an API key: send it as X-API-Key: <key> or Authorization: Bearer <key>"
          + " (create one with `nexus apikey create`).";

  private final ErrorResponseProcessor<?> responses;

  ApiKeyRejections(ErrorResponseProcessor<?> responses) {
    this.responses = responses;
  }

  @Override
  public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
    MutableHttpResponse<?> response;
    String detail;
    if (exception.isForbidden()) {
      response = HttpResponse.status(HttpStatus.FORBIDDEN);
      detail = forbidden(request, exception.getAuthentication());
    } else {
      response =
          HttpResponse.status(HttpStatus.UNAUTHORIZED)
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"nexus-graph\"");
      detail =
          ((HttpRequest<?>) request)
              .getAttribute(ApiKeyAuthenticationFetcher.REFUSAL, String.class)
              .orElse(NO_KEY);
    }
    return responses.processResponse(
        ErrorContext.builder(request).cause(exception).errorMessage(detail).build(), response);
  }

  private static String forbidden(HttpRequest<?> request, Authentication authentication) {
    List<String> needed =
        RouteAttributes.getRouteMatch(request)
            .map(route -> List.of(route.getAnnotationMetadata().stringValues(Secured.class)))
            .orElse(List.of());
    String has = String.join(", ", authentication.getRoles());
    if (needed.isEmpty()) {
      return "The API key " + authentication.getName() + " may not use this endpoint.";
    }
    return "This endpoint needs the "
        + needed.stream().collect(Collectors.joining(" or "))
        + " scope; the API key "
        + authentication.getName()
        + " has "
        + has
        + ".";
  }
}
