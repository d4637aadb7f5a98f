package io.nexusgraph.bench.product;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Asks something again and again until its answer will do, or a timeout passes. */
final class Polling {

  private Polling() {}

  /**
   * The first answer of {@code poll} that {@code done} accepts, asking every {@code every}; after
   * {@code timeout} an {@link IllegalStateException} with the message {@code timedOut} gives.
   */
  static <T> T until(
      Supplier<T> poll,
      Predicate<T> done,
      Duration timeout,
      Duration every,
      Supplier<String> timedOut) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      T answer = poll.get();
      if (done.test(answer)) {
        return answer;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(timedOut.get());
      }
      try {
        Thread.sleep(every);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting: " + timedOut.get(), e);
      }
    }
  }
}
