package io.nexusgraph.api.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * A parameter that cannot become the type the endpoint takes ({@code limit=ten}) as 400 naming the
 * parameter and the expected type, instead of Micronaut's converter message.
 */
@Singleton
@Replaces(ConversionErrorHandler.class)
final class ConversionProblems
    implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {

  private final ErrorResponseProcessor<?> responses;

  ConversionProblems(ErrorResponseProcessor<?> responses) {
    this.responses = responses;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
    String field = FieldPaths.snakeCase(exception.getArgument().getName());
    String message = "must be " + expected(exception.getArgument().getType());
    ErrorContext context =
        ErrorContext.builder(request).cause(exception).error(PathError.of(field, message)).build();
    return responses.processResponse(context, HttpResponse.badRequest());
  }

  private static String expected(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type.isEnum()) {
      return "one of its documented values";
    }
    return "a valid " + type.getSimpleName().toLowerCase(Locale.ROOT);
  }
}
