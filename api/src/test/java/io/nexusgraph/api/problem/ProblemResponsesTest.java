package io.nexusgraph.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

  private final ProblemResponses responses = new ProblemResponses();

  @Test
  void aServerFaultNeverCarriesTheExceptionMessage() {
    ErrorContext context =
        ErrorContext.builder(HttpRequest.GET("/v1/persons/per_1"))
            .cause(new IllegalStateException("ERROR: relation \"persons\" does not exist"))
            .errorMessage("Internal Server Error: ERROR: relation \"persons\" does not exist")
            .build();

    MutableHttpResponse<Problem> response =
        responses.processResponse(context, HttpResponse.serverError());

    assertThat(response.getContentType()).contains(MediaType.APPLICATION_JSON_PROBLEM_TYPE);
    assertThat(response.body())
        .isEqualTo(
            new Problem(
                "about:blank",
                "Internal Server Error",
                500,
                "The service could not answer this request; its log has the details.",
                "/v1/persons/per_1",
                List.of()));
  }

  @Test
  void errorsWithAPathBecomeFieldErrorsAndTheRestTheDetail() {
    ErrorContext context =
        ErrorContext.builder(HttpRequest.GET("/v1/explain"))
            .error(PathError.of("/b", "Required QueryValue [b] not specified"))
            .build();

    Problem problem = responses.processResponse(context, HttpResponse.badRequest()).body();

    assertThat(problem)
        .isEqualTo(
            new Problem(
                "about:blank",
                "Bad Request",
                400,
                "Invalid request: b: Required QueryValue [b] not specified.",
                "/v1/explain",
                List.of(new FieldError("b", "Required QueryValue [b] not specified"))));
  }

  @Test
  void aPlainMessageIsTheDetail() {
    ErrorContext context =
        ErrorContext.builder(HttpRequest.GET("/nowhere")).errorMessage("Page Not Found").build();

    Problem problem = responses.processResponse(context, HttpResponse.notFound()).body();

    assertThat(problem)
        .isEqualTo(
            new Problem("about:blank", "Not Found", 404, "Page Not Found", "/nowhere", List.of()));
  }

  @Test
  void fieldNamesAreSnakeCase() {
    assertThat(FieldPaths.snakeCase("keyId")).isEqualTo("key_id");
    assertThat(FieldPaths.snakeCase("occurredAt")).isEqualTo("occurred_at");
    assertThat(FieldPaths.snakeCase("limit")).isEqualTo("limit");
  }
}
