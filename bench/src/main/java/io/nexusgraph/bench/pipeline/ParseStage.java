package io.nexusgraph.bench.pipeline;

import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.normalize.NormalizationConfig;
import io.nexusgraph.ingest.normalize.Normalizer;
import io.nexusgraph.ingest.quarantine.SourceCounts;
import io.nexusgraph.ingest.source.SourceFolders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Parse + normalise: every source folder of a data directory read through its real source adapter
 * (folder name = adapter type) into event-log batches kept in meters. Rejects are counted.
 */
public final class ParseStage implements Stage {

  private final Path directory;
  private final Collection<String> sources;

  public ParseStage(Path directory, Collection<String> sources) {
    this.directory = directory;
    this.sources = List.copyOf(sources);
  }

  @Override
  public String name() {
    return "parse+normalise";
  }

  @Override
  public StageOutcome run(StageContext context) {
    List<EventLogBatch> batches = new ArrayList<>();
    SourceCounts counts =
        SourceFolders.read(
            directory,
            sources,
            new Normalizer(NormalizationConfig.defaults()),
            context.clock(),
            batches::add);
    context.batches(batches);
    long observations = batches.stream().mapToLong(b -> b.identifiers().size()).sum();
    return new StageOutcome(
        counts.read(),
        "source records",
        Map.of(
            "accepted",
            batches.size(),
            "rejected",
            counts.rejected(),
            "field_rejects",
            counts.fieldsRejected(),
            "identifier_observations",
            observations));
  }
}
