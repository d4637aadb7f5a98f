package io.nexusgraph.api.runs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Pattern;

/** Body of {@code POST /v1/runs}; an empty body means an incremental run. */
@Serdeable
public record RunRequest(
    @Nullable @Pattern(regexp = "incremental|full", message = "must be 'incremental' or 'full'")
        String kind) {}
