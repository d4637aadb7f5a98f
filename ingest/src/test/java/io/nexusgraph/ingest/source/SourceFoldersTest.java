package io.nexusgraph.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.generator.DemoDataGenerator;
import io.nexusgraph.ingest.generator.GeneratedData;
import io.nexusgraph.ingest.generator.Scale;
import io.nexusgraph.ingest.normalize.NormalizationConfig;
import io.nexusgraph.ingest.normalize.Normalizer;
import io.nexusgraph.ingest.quarantine.SourceCounts;
import io.nexusgraph.ingest.testing.AdapterRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFoldersTest {

  @TempDir Path dir;

  @Test
  void readsEveryGeneratedSourceThroughItsAdapterInNameOrderAndCountsReconcile() {
    GeneratedData data = new DemoDataGenerator(7, new Scale("tiny", 2_000)).writeTo(dir);
    List<EventLogBatch> batches = new ArrayList<>();

    SourceCounts counts =
        SourceFolders.read(
            dir,
            data.recordsPerSource().keySet(),
            new Normalizer(NormalizationConfig.defaults()),
            AdapterRun.CLOCK,
            batches::add);

    assertThat(counts.read()).isEqualTo(data.totalRecords());
    assertThat(counts.reconciles()).isTrue();
    assertThat((long) batches.size()).isEqualTo(counts.accepted());
    assertThat(batches.stream().map(b -> b.event().source()).distinct().toList())
        .containsExactlyElementsOf(new TreeSet<>(data.recordsPerSource().keySet()));
  }

  @Test
  void readsOnlyTheSourcesItIsGiven() {
    GeneratedData data = new DemoDataGenerator(7, new Scale("tiny", 2_000)).writeTo(dir);
    List<EventLogBatch> batches = new ArrayList<>();

    SourceCounts counts =
        SourceFolders.read(
            dir,
            List.of("stripe"),
            new Normalizer(NormalizationConfig.defaults()),
            AdapterRun.CLOCK,
            batches::add);

    assertThat(counts.read()).isEqualTo(data.recordsPerSource().get("stripe"));
    assertThat(batches).extracting(b -> b.event().source()).containsOnly("stripe");
  }
}
