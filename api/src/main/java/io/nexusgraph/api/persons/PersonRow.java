package io.nexusgraph.api.persons;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.Map;

/** A row of the final table {@code persons}, read-only here (the projection writes it). */
@MappedEntity("persons")
record PersonRow(
    @Id String personId,
    @Nullable String email,
    @Nullable String name,
    @Nullable String phone,
    @Nullable String title,
    @Nullable String timezone,
    @TypeDef(type = DataType.JSON) Map<String, Object> traits,
    @Nullable Instant firstSeenAt,
    @Nullable Instant lastSeenAt,
    int identifierCount,
    int eventCount,
    @MappedProperty("_last_updated") Instant lastUpdated) {}
