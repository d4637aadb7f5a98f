package io.nexusgraph.api.problem;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One invalid input of a request.
 *
 * @param field the query or path parameter, header, or body field (snake_case, {@code
 *     events[3].occurred_at} for nested body fields)
 * @param message what is wrong with it, for a person to read
 */
@Serdeable
public record FieldError(String field, String message) {}
