package io.nexusgraph.bench.api;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Percentiles of a set of latencies, in milliseconds. Latencies are recorded in microseconds with
 * three significant digits (HdrHistogram): exact below 2.048 ms, within 0.1 % above.
 */
public record LatencySummary(long count, double p50Ms, double p90Ms, double p99Ms, double maxMs) {

  /** The largest latency recorded as itself; longer ones are recorded as this. */
  static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(10);

  /** A histogram for {@link #of}: microseconds up to {@link #MAX_MICROS}. */
  static Histogram histogram() {
    return new Histogram(MAX_MICROS, 3);
  }

  /** Records {@code nanos} (clamped to 0 .. {@link #MAX_MICROS}) into a {@link #histogram()}. */
  static void record(Histogram micros, long nanos) {
    micros.recordValue(Math.clamp(nanos / 1000, 0, MAX_MICROS));
  }

  static LatencySummary of(Histogram micros) {
    if (micros.getTotalCount() == 0) {
      return new LatencySummary(0, 0, 0, 0, 0);
    }
    return new LatencySummary(
        micros.getTotalCount(),
        ms(micros.getValueAtPercentile(50)),
        ms(micros.getValueAtPercentile(90)),
        ms(micros.getValueAtPercentile(99)),
        ms(micros.getMaxValue()));
  }

  /** {@code count} per second over {@code nanos}; 0 when no time passed. */
  static double perSecond(long count, long nanos) {
    return nanos <= 0 ? 0 : count * 1e9 / nanos;
  }

  private static double ms(long micros) {
    return micros / 1000.0;
  }
}
