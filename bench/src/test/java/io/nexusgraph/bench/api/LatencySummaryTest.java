package io.nexusgraph.bench.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

  @Test
  void percentilesOfOneToOneThousandMicroseconds() {
    Histogram h = LatencySummary.histogram();
    for (long micros = 1000; micros >= 1; micros--) {
      LatencySummary.record(h, micros * 1000 + 999); // sub-microsecond rest is dropped
    }

    assertThat(LatencySummary.of(h)).isEqualTo(new LatencySummary(1000, 0.5, 0.9, 0.99, 1.0));
  }

  @Test
  void nearestRankOnFewValues() {
    Histogram h = LatencySummary.histogram();
    for (long ms : new long[] {1, 1, 1, 2}) {
      LatencySummary.record(h, TimeUnit.MILLISECONDS.toNanos(ms));
    }

    // 4 values: p50 is the 2nd (1 ms), p90 and p99 the 4th (2 ms)
    assertThat(LatencySummary.of(h)).isEqualTo(new LatencySummary(4, 1.0, 2.0, 2.0, 2.0));
  }

  @Test
  void nothingRecordedIsAllZero() {
    assertThat(LatencySummary.of(LatencySummary.histogram()))
        .isEqualTo(new LatencySummary(0, 0, 0, 0, 0));
  }

  @Test
  void latenciesBeyondTheRangeAreClampedNotLost() {
    Histogram h = LatencySummary.histogram();
    LatencySummary.record(h, TimeUnit.HOURS.toNanos(1));
    LatencySummary.record(h, -5);

    assertThat(h.getTotalCount()).isEqualTo(2);
    assertThat(h.getMinValue()).isZero();
    assertThat(h.valuesAreEquivalent(h.getMaxValue(), LatencySummary.MAX_MICROS)).isTrue();
  }

  @Test
  void ratePerSecond() {
    assertThat(LatencySummary.perSecond(500, 2_000_000_000L)).isEqualTo(250.0);
    assertThat(LatencySummary.perSecond(3, 1_500_000_000L)).isEqualTo(2.0);
    assertThat(LatencySummary.perSecond(7, 0)).isZero();
  }
}
