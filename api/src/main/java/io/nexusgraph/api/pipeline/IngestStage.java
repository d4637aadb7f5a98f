package io.nexusgraph.api.pipeline;

import io.nexusgraph.api.eventlog.EventLogSequence;
import io.nexusgraph.api.eventlog.EventLogWriter;
import io.nexusgraph.api.eventlog.RejectWriter;
import io.nexusgraph.ingest.normalize.Normalizer;
import io.nexusgraph.ingest.quarantine.SourceCounts;
import io.nexusgraph.ingest.source.Checkpoint;
import io.nexusgraph.ingest.source.IngestContext;
import io.nexusgraph.ingest.source.ReadResult;
import io.nexusgraph.ingest.source.SourceAdapter;
import io.nexusgraph.ingest.source.SourceAdapters;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Reads each configured source into the stored event log: accepted records into the event-log
 * tables, rejects into {@code ingest_rejects}, one transaction per source, so a source is either
 * stored whole or not at all. Adapters are built (and their settings validated) before any source
 * is read.
 */
final class IngestStage {

  private final DataSource dataSource;
  private final Clock clock;

  IngestStage(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  long run(String runId, RunConfig config, Progress progress, RunStats stats) {
    Map<SourceSpec, SourceAdapter> adapters = new LinkedHashMap<>();
    for (SourceSpec spec : config.sources()) {
      adapters.put(spec, SourceAdapters.byType(spec.type()).create(spec.settings()));
    }
    // One normaliser for the run's sources, read one after another on this thread: a value seen
    // in several sources (an email in Gmail and Stripe) is normalised once.
    Normalizer normalizer = new Normalizer(config.normalization());
    long total = 0;
    for (Map.Entry<SourceSpec, SourceAdapter> e : adapters.entrySet()) {
      total += ingest(runId, e.getKey(), e.getValue(), normalizer, progress, stats);
    }
    return total;
  }

  private long ingest(
      String runId,
      SourceSpec spec,
      SourceAdapter adapter,
      Normalizer normalizer,
      Progress progress,
      RunStats stats) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Progress.Stage bar = progress.stage("ingest " + spec.name(), -1, "rows");
          EventLogWriter events = new EventLogWriter(c, clock.instant(), runId);
          RejectWriter rejects = new RejectWriter(c, runId)) {
        EventLogSequence.lockForWrite(c);
        IngestContext context =
            new IngestContext(
                spec.name(),
                normalizer,
                clock,
                batch -> {
                  events.accept(batch);
                  bar.step(1);
                },
                rejects);
        Checkpoint from = CheckpointStore.read(c, spec.name());
        ReadResult result = adapter.read(from, context);
        events.flush();
        rejects.flush();
        CheckpointStore.write(c, spec.name(), result.checkpoint(), runId, clock.instant());
        SourceCounts counts = result.counts();
        stats.source(
            spec.name(),
            counts.read(),
            counts.accepted(),
            counts.rejected(),
            counts.fieldsRejected());
        c.commit();
        return counts.read();
      } catch (RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new RunFailedException(
          "ingest of source '" + spec.name() + "' failed: " + e.getMessage(), e);
    }
  }
}
