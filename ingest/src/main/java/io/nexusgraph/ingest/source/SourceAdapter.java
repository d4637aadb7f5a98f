package io.nexusgraph.ingest.source;

/**
 * Reads one configured source into the event log. Implementations stream (memory does not grow with
 * the input), never throw for a bad record (it goes to the context's rejects) and throw {@link
 * io.nexusgraph.ingest.SourceUnreadableException} only when the source cannot be read at all.
 */
public interface SourceAdapter {
  /**
   * Reads everything after {@code from} and returns where the next run should start.
   *
   * @param from the checkpoint returned by the previous run, or {@link Checkpoint#EMPTY}
   */
  ReadResult read(Checkpoint from, IngestContext context);
}
