package io.nexusgraph.ingest.source;

import io.nexusgraph.ingest.eventlog.EventLogSink;
import io.nexusgraph.ingest.normalize.Normalizer;
import io.nexusgraph.ingest.quarantine.SourceCounts;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads a data folder laid out as the demo generator writes it: one subfolder per source, named
 * after its adapter type ({@code segment/}, {@code gmail/}, …), each read whole through that
 * adapter with one normaliser for all of them, as {@code nexus run} reads its sources. Rejected
 * records are counted, not kept.
 */
public final class SourceFolders {

  private SourceFolders() {}

  /** Reads {@code sources} under {@code directory} in name order; returns the counts of all. */
  public static SourceCounts read(
      Path directory,
      Collection<String> sources,
      Normalizer normalizer,
      Clock clock,
      EventLogSink sink) {
    long read = 0;
    long accepted = 0;
    long rejected = 0;
    long fieldsRejected = 0;
    for (String source : new TreeSet<>(sources)) {
      IngestContext ingest = new IngestContext(source, normalizer, clock, sink, reject -> {});
      SourceAdapters.byType(source)
          .create(Map.of("paths", directory.resolve(source).toString()))
          .read(Checkpoint.EMPTY, ingest);
      SourceCounts counts = ingest.counts();
      read += counts.read();
      accepted += counts.accepted();
      rejected += counts.rejected();
      fieldsRejected += counts.fieldsRejected();
    }
    return new SourceCounts(read, accepted, rejected, fieldsRejected);
  }
}
