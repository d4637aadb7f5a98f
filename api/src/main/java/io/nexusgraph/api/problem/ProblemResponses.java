package io.nexusgraph.api.problem;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place that turns every error answer of the service into {@code application/problem+json}:
 * Micronaut's own (unknown route, malformed JSON, unconvertible parameter, missing parameter, wrong
 * method or media type), security's 401/403, validation's constraint violations and our {@link
 * ProblemException}. A 5xx never carries the exception's message (it may name internals); the log
 * has it.
 */
@Singleton
final class ProblemResponses implements ErrorResponseProcessor<Problem> {

  static final String SERVER_FAULT =
      "The service could not answer this request; its log has the details.";

  @Override
  @SuppressWarnings("unchecked")
  public MutableHttpResponse<Problem> processResponse(
      ErrorContext context, MutableHttpResponse<?> response) {
    if (context.getRequest().getMethod() == HttpMethod.HEAD) {
      return (MutableHttpResponse<Problem>) response;
    }
    Problem problem = problem(context, response.code(), response.reason());
    return ((MutableHttpResponse<Problem>) response)
        .body(problem)
        .contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE);
  }

  static Problem problem(ErrorContext context, int status, String reason) {
    String path = context.getRequest().getPath();
    if (status >= 500) {
      return new Problem("about:blank", reason, status, SERVER_FAULT, path, List.of());
    }
    List<FieldError> fields = new ArrayList<>();
    List<String> general = new ArrayList<>();
    for (Error error : context.getErrors()) {
      String field = error.getPath().map(ProblemResponses::field).orElse(null);
      if (field == null || field.isEmpty()) {
        general.add(error.getMessage());
      } else {
        fields.add(new FieldError(field, error.getMessage()));
      }
    }
    String detail;
    if (!general.isEmpty()) {
      detail = String.join(" ", general);
    } else if (!fields.isEmpty()) {
      detail =
          fields.stream()
              .map(f -> f.field() + ": " + f.message())
              .collect(Collectors.joining("; ", "Invalid request: ", "."));
    } else {
      detail = reason;
    }
    return new Problem("about:blank", reason, status, detail, path, fields);
  }

  /** Micronaut names arguments as {@code /name}; we name them as the caller wrote them. */
  private static String field(String path) {
    return path.startsWith("/") ? path.substring(1) : path;
  }
}
