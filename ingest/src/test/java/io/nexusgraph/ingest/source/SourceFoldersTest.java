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
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFoldersTest {

  @TempDir Path dir;

  private GeneratedData data;
  private final List<EventLogBatch> batches = new ArrayList<>();

  @BeforeEach
  void generate() {
    data = new DemoDataGenerator(7, new Scale("tiny", 2_000)).writeTo(dir);
  }

  @Test
  void readsEveryGeneratedSourceThroughItsAdapterInNameOrderAndCountsReconcile() {
    SourceCounts counts = read(data.recordsPerSource().keySet());

    assertThat(counts.read()).isEqualTo(data.totalRecords());
    assertThat(counts.reconciles()).isTrue();
    assertThat((long) batches.size()).isEqualTo(counts.accepted());
    assertThat(batches.stream().map(b -> b.event().source()).distinct().toList())
        .containsExactlyElementsOf(new TreeSet<>(data.recordsPerSource().keySet()));
  }

  @Test
  void readsOnlyTheSourcesItIsGiven() {
    SourceCounts counts = read(List.of("stripe"));

    assertThat(counts.read()).isEqualTo(data.recordsPerSource().get("stripe"));
    assertThat(batches).extracting(b -> b.event().source()).containsOnly("stripe");
  }

  private SourceCounts read(Collection<String> sources) {
    return SourceFolders.read(
        dir,
        sources,
        new Normalizer(NormalizationConfig.defaults()),
        AdapterRun.CLOCK,
        batches::add);
  }
}
