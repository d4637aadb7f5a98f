package io.nexusgraph.bench.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class IncrementalRunTest {

  @Test
  void theSettledFigureIsTheMedianOfTheLastNightsOnly() {
    List<IncrementalRun.Night> later =
        LongStream.of(9_000, 8_000, 4_700, 5_100, 4_100).mapToObj(millis -> night(millis)).toList();

    assertThat(IncrementalRun.settled(later)).isEqualTo(4_700);
    assertThat(IncrementalRun.settled(later.subList(0, 3))).isEqualTo(8_000);
  }

  private static IncrementalRun.Night night(long millis) {
    return new IncrementalRun.Night(
        3, new IncrementWriter.Plan("night", 10, 6, 1, 3), List.of(), millis);
  }
}
