package io.nexusgraph.ingest.eventlog;

/**
 * Receives accepted records in source order. The graph loader implements it; tests collect into a
 * list ({@code batches::add}).
 */
@FunctionalInterface
public interface EventLogSink {
  void accept(EventLogBatch batch);
}
