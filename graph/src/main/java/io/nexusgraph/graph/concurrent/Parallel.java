package io.nexusgraph.graph.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs independent parts of one computation on a small pool of daemon threads and hands each result
 * back as a {@link Supplier} that waits for it. Why: a load's row kinds (and the bulk import's
 * files) do not depend on each other, and one thread per core shortens the wall time of a large
 * load without changing any result. A part's failure surfaces, unchanged, from its {@code get()};
 * closing cancels the parts that have not started and waits for the running ones, so no thread
 * outlives the computation.
 */
public final class Parallel implements AutoCloseable {

  private final ExecutorService pool;
  private final List<Future<?>> submitted = new ArrayList<>();

  /**
   * @param threads how many parts run at once, usually the machine's cores (at least 1)
   */
  public Parallel(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be positive: " + threads);
    }
    this.pool =
        Executors.newFixedThreadPool(
            threads, Thread.ofPlatform().daemon().name("nexus-parallel-", 0).factory());
  }

  /** Starts {@code part}; the supplier waits for its result and rethrows its failure. */
  public <T> Supplier<T> submit(Callable<T> part) {
    Future<T> future = pool.submit(part);
    submitted.add(future);
    return () -> join(future);
  }

  /** Waits for {@code future}'s result and rethrows its failure as it was thrown. */
  public static <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case RuntimeException r -> throw r;
        case Error r -> throw r;
        default -> throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a parallel part", e);
    }
  }

  @Override
  public void close() {
    for (Future<?> future : submitted) {
      future.cancel(false);
    }
    pool.close();
  }
}
