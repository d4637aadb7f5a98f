package io.nexusgraph.api.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.nexusgraph.api.apikeys.ApiKey;
import io.nexusgraph.api.apikeys.ApiKeys;
import io.nexusgraph.api.apikeys.KeyCheck;
import io.nexusgraph.api.apikeys.Scope;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;

/**
 * Turns the API key a request presents into micronaut-security's {@link Authentication}: the key id
 * as the name, its scopes plus every implied scope as roles (so {@code @Secured("write")} admits
 * write and admin keys). A refused key yields no authentication, so the security rules answer 401;
 * why it was refused is left on the request for {@link ApiKeyRejections}. A key whose row is kept
 * in memory is checked right here (a hash and a comparison); one whose row must be read is looked
 * up on the blocking executor, never on the event loop.
 */
@Singleton
final class ApiKeyAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

  /** Request attribute: why the presented key was refused (one sentence, no secret). */
  static final String REFUSAL = "nexus.security.refusal";

  private final ApiKeys keys;
  private final ExecutorService blocking;

  ApiKeyAuthenticationFetcher(
      ApiKeys keys, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.keys = keys;
    this.blocking = blocking;
  }

  @Override
  public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
    String presented = PresentedKey.of(request);
    if (presented == null) {
      return Publishers.empty();
    }
    Optional<KeyCheck> kept = keys.checkKept(presented);
    if (kept.isPresent()) {
      Authentication authentication = authenticate(request, kept.get());
      return authentication == null ? Publishers.empty() : Publishers.just(authentication);
    }
    return Publishers.fromCompletableFuture(
        () ->
            CompletableFuture.supplyAsync(
                () -> authenticate(request, keys.check(presented)), blocking));
  }

  private static Authentication authenticate(HttpRequest<?> request, KeyCheck check) {
    return switch (check) {
      case KeyCheck.Accepted accepted -> authentication(accepted.key());
      case KeyCheck.Refused refused -> {
        request.setAttribute(REFUSAL, refused.reason());
        yield null;
      }
    };
  }

  private static Authentication authentication(ApiKey key) {
    return Authentication.build(key.keyId(), Scope.roles(key.scopes()), Map.of("name", key.name()));
  }
}
