package io.nexusgraph.api.apikeys;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** The answer to {@code POST /v1/apikeys}: the only time the key itself is sent. */
@Serdeable
record CreatedApiKeyView(
    String keyId, String name, List<String> scopes, Instant createdAt, String key) {

  static CreatedApiKeyView of(CreatedApiKey created) {
    ApiKeyView view = ApiKeyView.of(created.key());
    return new CreatedApiKeyView(
        view.keyId(), view.name(), view.scopes(), view.createdAt(), created.plainKey());
  }
}
