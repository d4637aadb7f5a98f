package io.nexusgraph.api.runs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.Map;

/** A run as the API shows it; {@code stats} is the stored JSON as an object. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record RunView(
    String runId,
    String kind,
    String status,
    Instant startedAt,
    @Nullable Instant finishedAt,
    @Nullable String watermark,
    Map<String, Object> stats,
    @Nullable String error) {}
