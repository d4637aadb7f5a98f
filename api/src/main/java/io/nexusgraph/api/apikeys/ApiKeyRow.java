package io.nexusgraph.api.apikeys;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/** A row of {@code api_keys}: the key's hash, never the key. */
@MappedEntity("api_keys")
record ApiKeyRow(
    @Id String keyId,
    String name,
    String keyHash,
    @TypeDef(type = DataType.STRING_ARRAY) String[] scopes,
    Instant createdAt,
    @Nullable Instant revokedAt) {}
