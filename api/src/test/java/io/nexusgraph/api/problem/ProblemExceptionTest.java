package io.nexusgraph.api.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemExceptionTest {

  @Test
  void anAnswerCarriesItsStatusDetailAndFieldErrorsButNoStackTrace() {
    ProblemException invalid = ProblemException.invalid("limit", "must be at most 1000");

    assertThat(invalid.status().getCode()).isEqualTo(400);
    assertThat(invalid.getMessage()).isEqualTo("limit: must be at most 1000");
    assertThat(invalid.errors()).containsExactly(new FieldError("limit", "must be at most 1000"));
    assertThat(invalid.getStackTrace()).isEmpty();
    assertThat(ProblemException.notFound("No person per_1.").getStackTrace()).isEmpty();
  }

  @Test
  void aServerFaultIsNotAProblemAnswer() {
    assertThatThrownBy(
            () -> new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "down", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ProblemException is for 4xx answers, not " + HttpStatus.SERVICE_UNAVAILABLE);
  }
}
