package io.nexusgraph.api.apikeys;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** An API key as the admin endpoints show it: never the secret or its hash. */
@Serdeable
record ApiKeyView(
    String keyId,
    String name,
    List<String> scopes,
    Instant createdAt,
    @Nullable Instant revokedAt) {

  static ApiKeyView of(ApiKey key) {
    return new ApiKeyView(
        key.keyId(),
        key.name(),
        key.scopes().stream().sorted().map(Scope::value).toList(),
        key.createdAt(),
        key.revokedAt());
  }
}
