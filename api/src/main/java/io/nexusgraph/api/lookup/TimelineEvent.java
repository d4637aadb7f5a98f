package io.nexusgraph.api.lookup;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One event of a person's or group's timeline: the event as the {@code events} table has it, and
 * the roles the entity played in it ({@code sender}, {@code attendee}, ...; sorted, distinct).
 */
@Introspected
@Serdeable
public record TimelineEvent(
    String eventId,
    Instant occurredAt,
    String eventName,
    String eventType,
    @Nullable String eventDescription,
    String source,
    @Nullable String sourceRecordId,
    @Nullable BigDecimal value,
    @Nullable String valueUnit,
    @Nullable BigDecimal significance,
    String consent,
    @TypeDef(type = DataType.STRING_ARRAY) String[] roles) {}
