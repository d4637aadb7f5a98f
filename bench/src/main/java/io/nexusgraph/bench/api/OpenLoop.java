package io.nexusgraph.bench.api;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import org.HdrHistogram.Histogram;

/**
 * An open-loop load generator: request {@code i} of a phase is due at {@code start + i / rate},
 * whatever happened to the requests before it, and its latency runs from when it was due, not from
 * when it was sent. A stalling service therefore shows up in the percentiles instead of quietly
 * lowering the rate (no coordinated omission). Requests in flight are bounded; at the bound,
 * sending waits, and that wait is part of the late requests' latency.
 */
final class OpenLoop {

  /** Sends request {@code i} of a phase; calls {@code done} once with its status, -1 for none. */
  @FunctionalInterface
  interface Requests {
    void send(int i, IntConsumer done);
  }

  private final int maxInFlight;
  private final Duration timeout;

  /**
   * @param timeout the transport's own limit for one answer; a phase waits that long (plus 5 s) for
   *     its last answers
   */
  OpenLoop(int maxInFlight, Duration timeout) {
    this.maxInFlight = maxInFlight;
    this.timeout = timeout;
  }

  /**
   * Sends {@code rate * duration} requests at {@code rate} per second and waits for every answer.
   *
   * @param requests request {@code i} of the phase
   */
  Phase run(int rate, Duration duration, Requests requests) {
    long count = Math.max(1, rate * duration.toMillis() / 1000);
    double periodNanos = 1e9 / rate;
    Phase phase = new Phase(count);
    Semaphore inFlight = new Semaphore(maxInFlight);
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long due = start + Math.round(i * periodNanos);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      inFlight.acquireUninterruptibly();
      requests.send(
          i,
          status -> {
            phase.answered(due, status);
            inFlight.release();
          });
    }
    phase.await(start, timeout.plusSeconds(5));
    return phase;
  }

  /** What one phase measured: answers by kind and latency from each request's due time. */
  static final class Phase {

    private final long count;
    private final Histogram micros = LatencySummary.histogram();
    private final CountDownLatch pending;
    private long found;
    private long notFound;
    private long errors;
    private long lastAnswer;
    private long elapsedNanos;

    Phase(long count) {
      this.count = count;
      this.pending = new CountDownLatch(Math.toIntExact(count));
    }

    long sent() {
      return count;
    }

    /** One answer: 2xx found, 404 not found, anything else (or {@code -1}: no answer) an error. */
    synchronized void answered(long dueNanos, int status) {
      long now = System.nanoTime();
      LatencySummary.record(micros, now - dueNanos);
      if (status >= 200 && status < 300) {
        found++;
      } else if (status == 404) {
        notFound++;
      } else {
        errors++;
      }
      lastAnswer = Math.max(lastAnswer, now);
      pending.countDown();
    }

    private void await(long start, Duration limit) {
      try {
        if (!pending.await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
          throw new IllegalStateException(
              pending.getCount() + " requests got neither an answer nor a timeout in " + limit);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for answers", e);
      }
      synchronized (this) {
        elapsedNanos = lastAnswer - start;
      }
    }

    synchronized LookupResult result(int rate, Duration duration, CpuSpent cpu) {
      return new LookupResult(
          rate,
          duration.toMillis() / 1000.0,
          count,
          found,
          notFound,
          errors,
          LatencySummary.perSecond(found + notFound + errors, elapsedNanos),
          LatencySummary.of(micros),
          cpu);
    }
  }
}
