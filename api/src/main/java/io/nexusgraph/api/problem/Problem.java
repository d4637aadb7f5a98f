package io.nexusgraph.api.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An error answer in the RFC 9457 {@code application/problem+json} shape, the only error shape the
 * API sends: clients branch on {@code status}, show {@code detail} to people, and point at the bad
 * input with {@code errors} (one entry per invalid field or parameter).
 *
 * @param type always {@code about:blank}: the HTTP status says what kind of problem it is
 * @param title the HTTP reason phrase of {@code status}
 * @param detail what went wrong with this request and what to do about it
 * @param instance the request path
 * @param errors one entry per invalid field, parameter or header (empty when none applies)
 */
@Serdeable
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    @Nullable String instance,
    List<FieldError> errors) {

  public Problem {
    errors = List.copyOf(errors);
  }
}
