package io.nexusgraph.ingest.source;

import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.eventlog.EventLogSink;
import io.nexusgraph.ingest.eventlog.IdBuffer;
import io.nexusgraph.ingest.normalize.NormalizationConfig;
import io.nexusgraph.ingest.normalize.Normalizer;
import io.nexusgraph.ingest.normalize.Timestamps;
import io.nexusgraph.ingest.quarantine.ReasonCode;
import io.nexusgraph.ingest.quarantine.Reject;
import io.nexusgraph.ingest.quarantine.RejectSink;
import io.nexusgraph.ingest.quarantine.SourceCounts;
import java.time.Clock;
import java.util.List;

/**
 * Everything an adapter needs while reading one source: the source name, the normalisers, the
 * clock, and where accepted records and rejects go. It also keeps the counts, which reconcile by
 * construction: every record ends in exactly one {@link RecordWriter#commit()} (accepted or
 * rejected) or one {@link #rejectRecord}.
 */
public final class IngestContext {
  private final String source;
  private final Normalizer normalizer;
  private final Timestamps timestamps;
  private final IdBuffer ids = new IdBuffer();
  private final BatchAssembly assembly = new BatchAssembly();
  private final Clock clock;
  private final EventLogSink sink;
  private final RejectSink rejects;
  private long accepted;
  private long rejected;
  private long fieldsRejected;

  /** A context with a normaliser of its own. */
  public IngestContext(
      String source,
      NormalizationConfig config,
      Clock clock,
      EventLogSink sink,
      RejectSink rejects) {
    this(source, new Normalizer(config), clock, sink, rejects);
  }

  /**
   * A context with a normaliser shared with the other sources of a run, read one after another on
   * one thread (a {@link Normalizer} is not thread-safe): a phone, email or domain seen in several
   * sources is then parsed once per run rather than once per source. The output is the same.
   */
  public IngestContext(
      String source, Normalizer normalizer, Clock clock, EventLogSink sink, RejectSink rejects) {
    this.source = source;
    this.normalizer = normalizer;
    this.timestamps = new Timestamps(normalizer.config(), clock);
    this.clock = clock;
    this.sink = sink;
    this.rejects = rejects;
  }

  public String source() {
    return source;
  }

  public Normalizer normalizer() {
    return normalizer;
  }

  public Timestamps timestamps() {
    return timestamps;
  }

  /** Where this reader derives its records' ids (one thread reads a source). */
  IdBuffer ids() {
    return ids;
  }

  /** Where this reader assembles its records' batches, one after another. */
  BatchAssembly assembly() {
    return assembly;
  }

  /** Starts a record read from {@code position} whose raw text is {@code raw}. */
  public RecordWriter begin(SourcePosition position, String raw) {
    return new RecordWriter(this, position, raw);
  }

  /** Rejects a whole record that could not even be parsed. */
  public void rejectRecord(SourcePosition position, String raw, ReasonCode reason, String detail) {
    rejected++;
    rejects.reject(
        Reject.of(source, position.location(), reason, null, detail, raw, clock.instant()));
  }

  public SourceCounts counts() {
    return new SourceCounts(accepted + rejected, accepted, rejected, fieldsRejected);
  }

  void accept(EventLogBatch batch, List<Reject> fieldRejects) {
    accepted++;
    for (int i = 0; i < fieldRejects.size(); i++) {
      fieldsRejected++;
      rejects.reject(fieldRejects.get(i));
    }
    sink.accept(batch);
  }

  void rejectWhole(Reject reject) {
    rejected++;
    rejects.reject(reject);
  }

  Reject fieldReject(
      SourcePosition position, ReasonCode reason, String field, String detail, String raw) {
    return Reject.of(source, position.location(), reason, field, detail, raw, clock.instant());
  }
}
