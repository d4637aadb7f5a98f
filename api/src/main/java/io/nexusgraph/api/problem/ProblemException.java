package io.nexusgraph.api.problem;

import io.micronaut.http.HttpStatus;
import java.util.List;

/**
 * A request the API refuses for a reason the caller can fix: thrown by any controller or service,
 * answered as {@code application/problem+json} with this status, the message as {@code detail} and
 * the field errors as {@code errors}. Use it for 4xx only; a server fault is any other exception.
 * It carries no stack trace: it is an answer, not a fault, and a lookup that finds nobody (a 404)
 * should not pay for walking the request's deep stack.
 */
public final class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final transient List<FieldError> errors;

  public ProblemException(HttpStatus status, String detail, List<FieldError> errors) {
    super(detail, null, false, false);
    if (status.getCode() < 400 || status.getCode() >= 500) {
      throw new IllegalArgumentException("ProblemException is for 4xx answers, not " + status);
    }
    this.status = status;
    this.errors = List.copyOf(errors);
  }

  /** 404: what was asked for does not exist; the detail names it. */
  public static ProblemException notFound(String detail) {
    return new ProblemException(HttpStatus.NOT_FOUND, detail, List.of());
  }

  /** 400 for one bad parameter or field; the detail repeats it for people reading curl output. */
  public static ProblemException invalid(String field, String message) {
    return new ProblemException(
        HttpStatus.BAD_REQUEST, field + ": " + message, List.of(new FieldError(field, message)));
  }

  public HttpStatus status() {
    return status;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
