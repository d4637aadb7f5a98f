package io.nexusgraph.aottraining;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.ingest.eventlog.EventLogBatch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingWorkloadTest {

  @TempDir Path first;
  @TempDir Path second;

  @Test
  void theEventsAreCutIntoAFirstNightAndIncrementsOfATwoPercentShareEach() {
    List<List<EventLogBatch>> nights = new TrainingWorkload().nights(first);

    int total = nights.stream().mapToInt(List::size).sum();
    assertThat(total).isGreaterThan(TrainingWorkload.SCALE.targetEvents() / 2);
    assertThat(nights).hasSize(1 + TrainingWorkload.INCREMENTS);
    assertThat(nights.subList(1, nights.size())).allSatisfy(n -> assertThat(n).hasSize(total / 50));
    assertThat(nights.getFirst()).hasSize(total - TrainingWorkload.INCREMENTS * (total / 50));
    List<String> ids = eventIds(nights);
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void theCutIsTheSameEveryTime() {
    assertThat(eventIds(new TrainingWorkload().nights(first)))
        .isEqualTo(eventIds(new TrainingWorkload().nights(second)));
  }

  private static List<String> eventIds(List<List<EventLogBatch>> nights) {
    List<String> ids = new ArrayList<>();
    nights.forEach(n -> n.forEach(b -> ids.add(b.event().eventId())));
    return ids;
  }
}
