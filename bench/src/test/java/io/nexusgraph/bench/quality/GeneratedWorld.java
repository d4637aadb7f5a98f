package io.nexusgraph.bench.quality;

import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.generator.DemoDataGenerator;
import io.nexusgraph.ingest.generator.GeneratedData;
import io.nexusgraph.ingest.generator.Scale;
import io.nexusgraph.ingest.normalize.NormalizationConfig;
import io.nexusgraph.ingest.quarantine.Reject;
import io.nexusgraph.ingest.source.Checkpoint;
import io.nexusgraph.ingest.source.IngestContext;
import io.nexusgraph.ingest.source.SourceAdapters;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The demo data generator's output read back through the real source adapters: the event-log
 * batches every adapter produced, the rejects, and the person ground truth.
 */
record GeneratedWorld(
    GeneratedData data, List<EventLogBatch> batches, List<Reject> rejects, Truth persons) {

  /** Generates {@code scale} with {@code seed} into {@code dir} and reads every source back. */
  static GeneratedWorld generate(long seed, Scale scale, Path dir, Clock clock) {
    GeneratedData data = new DemoDataGenerator(seed, scale).writeTo(dir);
    List<EventLogBatch> batches = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    for (String source : new TreeSet<>(data.recordsPerSource().keySet())) {
      IngestContext ctx =
          new IngestContext(
              source, NormalizationConfig.defaults(), clock, batches::add, rejects::add);
      SourceAdapters.byType(source)
          .create(Map.of("paths", dir.resolve(source).toString()))
          .read(Checkpoint.EMPTY, ctx);
    }
    return new GeneratedWorld(
        data,
        List.copyOf(batches),
        List.copyOf(rejects),
        GroundTruthFile.read(data.groundTruth(), EntityKind.PERSON));
  }
}
