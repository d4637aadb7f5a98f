package io.nexusgraph.graph.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ParallelTest {

  @Test
  void eachSupplierGivesItsOwnPartsResult() {
    List<Supplier<Integer>> results = new ArrayList<>();
    try (Parallel parallel = new Parallel(3)) {
      for (int i = 0; i < 10; i++) {
        int n = i;
        results.add(parallel.submit(() -> n * n));
      }
      assertThat(results.stream().map(Supplier::get).toList())
          .containsExactly(0, 1, 4, 9, 16, 25, 36, 49, 64, 81);
    }
  }

  @Test
  void partsRunAtTheSameTime() throws Exception {
    CountDownLatch bothStarted = new CountDownLatch(2);
    try (Parallel parallel = new Parallel(2)) {
      Supplier<Boolean> a = parallel.submit(() -> meet(bothStarted));
      Supplier<Boolean> b = parallel.submit(() -> meet(bothStarted));
      assertThat(List.of(a.get(), b.get())).containsExactly(true, true);
    }
  }

  @Test
  void aPartsFailureComesOutOfItsSupplierUnchanged() {
    IllegalStateException failure = new IllegalStateException("bad row 7");
    try (Parallel parallel = new Parallel(2)) {
      Supplier<Object> failing =
          parallel.submit(
              () -> {
                throw failure;
              });
      assertThatThrownBy(failing::get).isSameAs(failure);
    }
  }

  @Test
  void closingSkipsThePartsThatHaveNotStarted() throws Exception {
    AtomicInteger ran = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Parallel parallel = new Parallel(1);
    parallel.submit(
        () -> {
          started.countDown();
          release.await();
          return ran.incrementAndGet();
        });
    for (int i = 0; i < 5; i++) {
      parallel.submit(ran::incrementAndGet);
    }
    started.await(); // else closing could cancel the first part too, before it starts
    Thread closer = Thread.ofPlatform().start(parallel::close);
    // once the closing thread waits for the running part, the others have been cancelled
    while (closer.getState() != Thread.State.WAITING
        && closer.getState() != Thread.State.TIMED_WAITING) {
      Thread.onSpinWait();
    }
    release.countDown();
    closer.join();

    assertThat(ran.get()).isEqualTo(1);
  }

  @Test
  void refusesFewerThanOneThread() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Parallel(0))
        .withMessageContaining("0");
  }

  private static boolean meet(CountDownLatch latch) throws InterruptedException {
    latch.countDown();
    return latch.await(30, TimeUnit.SECONDS);
  }
}
