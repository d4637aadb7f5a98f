package io.nexusgraph.bench.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpuSpentTest {

  @Test
  void secondsBetweenTwoReadingsOrMinusOneWhenUnreadable() {
    assertThat(CpuSpent.Counter.since(1_000, 3_500)).isEqualTo(2.5);
    assertThat(CpuSpent.Counter.since(-1, 3_500)).isEqualTo(-1);
    assertThat(CpuSpent.Counter.since(1_000, -1)).isEqualTo(-1);
  }
}
