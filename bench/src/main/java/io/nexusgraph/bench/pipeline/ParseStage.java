package io.nexusgraph.bench.pipeline;

import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.normalize.NormalizationConfig;
import io.nexusgraph.ingest.normalize.Normalizer;
import io.nexusgraph.ingest.source.Checkpoint;
import io.nexusgraph.ingest.source.IngestContext;
import io.nexusgraph.ingest.source.SourceAdapters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Parse + normalise: every source folder of a data directory read through its real source adapter
 * (folder name = adapter type) into event-log batches kept in meters. Rejects are counted.
 */
public final class ParseStage implements Stage {

  private final Path directory;
  private final SortedSet<String> sources;

  public ParseStage(Path directory, Collection<String> sources) {
    this.directory = directory;
    this.sources = new TreeSet<>(sources);
  }

  @Override
  public String name() {
    return "parse+normalise";
  }

  @Override
  public StageOutcome run(StageContext context) {
    List<EventLogBatch> batches = new ArrayList<>();
    long read = 0;
    long rejected = 0;
    long fieldRejects = 0;
    // one normaliser for all sources, as `nexus run` does
    Normalizer normalizer = new Normalizer(NormalizationConfig.defaults());
    for (String source : sources) {
      IngestContext ingest =
          new IngestContext(source, normalizer, context.clock(), batches::add, r -> {});
      SourceAdapters.byType(source)
          .create(Map.of("paths", directory.resolve(source).toString()))
          .read(Checkpoint.EMPTY, ingest);
      read += ingest.counts().read();
      rejected += ingest.counts().rejected();
      fieldRejects += ingest.counts().fieldsRejected();
    }
    context.batches(batches);
    long observations = batches.stream().mapToLong(b -> b.identifiers().size()).sum();
    return new StageOutcome(
        read,
        "source records",
        Map.of(
            "accepted",
            batches.size(),
            "rejected",
            rejected,
            "field_rejects",
            fieldRejects,
            "identifier_observations",
            observations));
  }
}
