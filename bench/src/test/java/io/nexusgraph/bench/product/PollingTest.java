package io.nexusgraph.bench.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PollingTest {

  @Test
  void returnsTheFirstAnswerThatWillDo() {
    AtomicInteger asked = new AtomicInteger();

    int answer =
        Polling.until(
            asked::incrementAndGet, n -> n == 3, Duration.ofMinutes(1), Duration.ZERO, () -> "");

    assertThat(answer).isEqualTo(3);
    assertThat(asked).hasValue(3);
  }

  @Test
  void afterTheTimeoutItFailsWithTheGivenMessage() {
    assertThatThrownBy(
            () ->
                Polling.until(
                    () -> "running",
                    s -> false,
                    Duration.ZERO,
                    Duration.ZERO,
                    () -> "run r did not end within PT0S"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("run r did not end within PT0S");
  }
}
