package io.nexusgraph.graph.load.bulk;

import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.generator.DemoDataGenerator;
import io.nexusgraph.ingest.generator.GeneratedData;
import io.nexusgraph.ingest.generator.Scale;
import io.nexusgraph.ingest.normalize.NormalizationConfig;
import io.nexusgraph.ingest.source.Checkpoint;
import io.nexusgraph.ingest.source.IngestContext;
import io.nexusgraph.ingest.source.SourceAdapters;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The demo generator's data at a small scale, parsed by the real source adapters. */
final class GeneratedBatches {

  private GeneratedBatches() {}

  static List<EventLogBatch> of(Path dir, int events, Clock clock) {
    GeneratedData data = new DemoDataGenerator(7, new Scale("bulk-it", events)).writeTo(dir);
    List<EventLogBatch> batches = new ArrayList<>();
    for (String source : new TreeSet<>(data.recordsPerSource().keySet())) {
      IngestContext ingest =
          new IngestContext(source, NormalizationConfig.defaults(), clock, batches::add, r -> {});
      SourceAdapters.byType(source)
          .create(Map.of("paths", dir.resolve(source).toString()))
          .read(Checkpoint.EMPTY, ingest);
    }
    return batches;
  }
}
