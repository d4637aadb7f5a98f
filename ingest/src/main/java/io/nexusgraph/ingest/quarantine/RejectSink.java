package io.nexusgraph.ingest.quarantine;

/** Receives rejects as they happen; the api module persists them to {@code ingest_rejects}. */
@FunctionalInterface
public interface RejectSink {
  void reject(Reject reject);
}
