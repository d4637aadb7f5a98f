package io.nexusgraph.bench.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IngestResultTest {

  private static final LatencySummary BATCHES = new LatencySummary(4, 500, 500, 600, 600);
  private static final CpuSpent CPU = new CpuSpent(3.5, 0.25, 0.5);

  @Test
  void ratesTheAnsweredEventsOverThePostTime() {
    IngestResult r = IngestResult.of(1000, 2, 4, 3996, 4, 4, 0, 2_000_000_000L, BATCHES, CPU);

    assertThat(r)
        .isEqualTo(
            new IngestResult(1000, 2, 4, 4000, 3996, 4, 4, 0, 2.0, 2000.0, BATCHES, true, CPU));
  }

  @Test
  void countsThatDoNotAddUpDoNotReconcile() {
    assertThat(IngestResult.of(1000, 2, 4, 3997, 4, 4, 0, 1, BATCHES, CPU).reconciles())
        .as("one event too many")
        .isFalse();
    assertThat(IngestResult.of(1000, 2, 4, 3997, 3, 4, 0, 1, BATCHES, CPU).reconciles())
        .as("a planted reject was accepted")
        .isFalse();
    IngestResult failedBatch =
        IngestResult.of(1000, 2, 4, 2997, 3, 4, 1, 1_000_000_000L, BATCHES, CPU);
    assertThat(failedBatch.reconciles()).as("a batch was not answered").isFalse();
    assertThat(failedBatch.eventsPerSecond()).as("only answered events count").isEqualTo(3000.0);
  }
}
