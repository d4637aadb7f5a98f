package io.nexusgraph.api.groups;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.Map;

/** A row of the final table {@code groups}, read-only here (the projection writes it). */
@MappedEntity("groups")
record GroupRow(
    @Id String groupId,
    @Nullable String domain,
    @Nullable String name,
    @Nullable String industry,
    @Nullable String companySize,
    @Nullable String shopifyId,
    @Nullable String stripeCustomerId,
    @TypeDef(type = DataType.JSON) Map<String, Object> traits,
    @Nullable Instant firstSeenAt,
    @Nullable Instant lastSeenAt,
    int memberCount,
    @MappedProperty("_last_updated") Instant lastUpdated) {}
