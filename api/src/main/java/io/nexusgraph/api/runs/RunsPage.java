package io.nexusgraph.api.runs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/** Newest runs first; pass {@code next_before} as {@code before} for the next page. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record RunsPage(List<RunView> runs, @Nullable String nextBefore) {}
