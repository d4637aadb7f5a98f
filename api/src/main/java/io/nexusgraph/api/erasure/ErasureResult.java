package io.nexusgraph.api.erasure;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * What {@code DELETE /v1/persons/{id}} erased: the entity (the survivor when an old id was given)
 * and how many identifiers are now suppressed. Never lists the values.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record ErasureResult(String personId, int identifiersSuppressed, String auditId) {}
