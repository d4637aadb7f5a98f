package io.nexusgraph.api.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;

/**
 * Bean-validation failures (a {@code @Max} on a query parameter, a {@code @NotBlank} on a body
 * field) as 400 with one {@link FieldError} per violation, named as the caller wrote the field.
 */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
final class ConstraintProblems
    implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {

  private final ErrorResponseProcessor<?> responses;

  ConstraintProblems(ErrorResponseProcessor<?> responses) {
    this.responses = responses;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
    List<FieldError> fields =
        exception.getConstraintViolations().stream()
            .map(ConstraintProblems::fieldError)
            .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
            .toList();
    ErrorContext.Builder context = ErrorContext.builder(request).cause(exception);
    fields.forEach(field -> context.error(new PathError(field)));
    return responses.processResponse(context.build(), HttpResponse.badRequest());
  }

  private static FieldError fieldError(ConstraintViolation<?> violation) {
    return new FieldError(FieldPaths.of(violation.getPropertyPath()), violation.getMessage());
  }
}
