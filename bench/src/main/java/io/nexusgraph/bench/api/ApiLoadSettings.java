package io.nexusgraph.bench.api;

import java.time.Duration;
import java.util.List;

/**
 * How hard and how long the API load drives the service.
 *
 * @param rates person lookups per second, one measured phase per rate (open loop)
 * @param warmUpLookups lookups sent once, unmeasured, at the highest rate before the first rate: a
 *     freshly started service JVM spends its first tens of thousands of requests compiling its hot
 *     paths (JIT), and that cost belongs to start-up, not to the steady state the rates measure
 * @param warmUpSettle after those, the warm-up goes on in rounds of {@link #SETTLE_ROUND} at the
 *     highest rate while the service's JIT compiler threads use {@link #SETTLED_JIT_SHARE} of a
 *     core or more, for at most this long (zero: not at all): on two cores a JVM that is still
 *     compiling takes CPU from the requests being measured
 * @param warmUp each rate first runs this long unmeasured (JIT, connection pools, caches)
 * @param measure the measured phase per rate
 * @param maxInFlight lookups in flight at most; when reached, sending waits and the waiting
 *     requests' latency includes the wait (it still runs from their scheduled time)
 * @param requestTimeout a lookup or batch not answered in this time counts as an error
 * @param batchSizes events per {@code POST /v1/events}, one measured series per size (≤ 10,000)
 * @param eventsPerSize events posted per batch size, after one unmeasured warm-up batch
 * @param rejectEvery every n-th posted event lacks {@code occurred_at}, so the service must reject
 *     exactly those and the counts can be reconciled (0: none)
 * @param seed order of the identifiers looked up
 */
public record ApiLoadSettings(
    List<Integer> rates,
    int warmUpLookups,
    Duration warmUpSettle,
    Duration warmUp,
    Duration measure,
    int maxInFlight,
    Duration requestTimeout,
    List<Integer> batchSizes,
    int eventsPerSize,
    int rejectEvery,
    long seed) {

  /** The API's own limit for one {@code POST /v1/events}. */
  static final int MAX_BATCH = 10_000;

  /** Length of one settling round of the warm-up. */
  static final Duration SETTLE_ROUND = Duration.ofSeconds(10);

  /** Compiler threads' share of one core under which the service counts as warmed up. */
  static final double SETTLED_JIT_SHARE = 0.05;

  public ApiLoadSettings {
    rates = List.copyOf(rates);
    batchSizes = List.copyOf(batchSizes);
    if (rates.isEmpty() || rates.stream().anyMatch(r -> r <= 0)) {
      throw new IllegalArgumentException(
          "--api-rates must be positive request rates, got " + rates);
    }
    if (measure.toMillis() <= 0
        || warmUp.isNegative()
        || warmUpLookups < 0
        || warmUpSettle.isNegative()) {
      throw new IllegalArgumentException(
          "--api-seconds must be positive, --api-warmup-seconds, --api-warmup-lookups and"
              + " --api-warmup-settle-seconds not negative");
    }
    if (batchSizes.isEmpty() || batchSizes.stream().anyMatch(b -> b <= 0 || b > MAX_BATCH)) {
      throw new IllegalArgumentException(
          "--api-batch-sizes must be between 1 and " + MAX_BATCH + ", got " + batchSizes);
    }
    if (batchSizes.stream().anyMatch(b -> b > eventsPerSize)) {
      throw new IllegalArgumentException(
          "--api-events (" + eventsPerSize + ") must be at least the largest batch size");
    }
    if (maxInFlight <= 0 || rejectEvery < 0) {
      throw new IllegalArgumentException("maxInFlight must be positive and rejectEvery >= 0");
    }
  }

  /**
   * The benchmark's defaults: 30,000 warm-up lookups and up to 60 s more until the JIT settles,
   * then 100, 500 and 1,000 lookups/s; batches of 1,000 and 10,000.
   */
  public static ApiLoadSettings defaults(long seed) {
    return new ApiLoadSettings(
        List.of(100, 500, 1000),
        30_000,
        Duration.ofSeconds(60),
        Duration.ofSeconds(5),
        Duration.ofSeconds(15),
        512,
        Duration.ofSeconds(30),
        List.of(1000, 10_000),
        50_000,
        1000,
        seed);
  }
}
