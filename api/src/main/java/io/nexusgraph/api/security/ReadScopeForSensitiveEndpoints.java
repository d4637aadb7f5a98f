package io.nexusgraph.api.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.management.endpoint.EndpointSensitivityProcessor;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.rules.SensitiveEndpointRule;
import io.nexusgraph.api.apikeys.Scope;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Management endpoints marked sensitive ({@code /info}) need a key with the read scope; those that
 * are not ({@code /health}, for load balancers and orchestrators) stay open.
 */
@Singleton
@Replaces(SensitiveEndpointRule.class)
final class ReadScopeForSensitiveEndpoints extends SensitiveEndpointRule {

  ReadScopeForSensitiveEndpoints(EndpointSensitivityProcessor endpointSensitivityProcessor) {
    super(endpointSensitivityProcessor);
  }

  @Override
  protected Publisher<SecurityRuleResult> checkSensitiveAuthenticated(
      HttpRequest<?> request, Authentication authentication, ExecutableMethod<?, ?> method) {
    return Publishers.just(
        authentication.getRoles().contains(Scope.READ.value())
            ? SecurityRuleResult.ALLOWED
            : SecurityRuleResult.REJECTED);
  }
}
