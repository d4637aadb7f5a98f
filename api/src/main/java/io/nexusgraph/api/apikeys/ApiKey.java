package io.nexusgraph.api.apikeys;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * What is known about an API key without its secret: safe to show, list and log.
 *
 * @param keyId the public part of the key ({@code nxk_<key_id>_…})
 * @param scopes the scopes it was created with (implied ones not added)
 * @param revokedAt when it was revoked, null while it is valid
 */
public record ApiKey(
    String keyId, String name, Set<Scope> scopes, Instant createdAt, @Nullable Instant revokedAt) {

  public ApiKey {
    scopes = Set.copyOf(scopes);
  }

  public boolean revoked() {
    return revokedAt != null;
  }

  static ApiKey of(ApiKeyRow row) {
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    Arrays.stream(row.scopes()).map(Scope::of).forEach(scopes::add);
    return new ApiKey(row.keyId(), row.name(), scopes, row.createdAt(), row.revokedAt());
  }
}
