package io.nexusgraph.api.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Answers a {@link ProblemException} with its status, detail and field errors. */
@Singleton
final class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<?>> {

  private final ErrorResponseProcessor<?> responses;

  ProblemExceptionHandler(ErrorResponseProcessor<?> responses) {
    this.responses = responses;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, ProblemException exception) {
    ErrorContext.Builder context =
        ErrorContext.builder(request).cause(exception).errorMessage(exception.getMessage());
    exception.errors().forEach(field -> context.error(new PathError(field)));
    return responses.processResponse(context.build(), HttpResponse.status(exception.status()));
  }
}
