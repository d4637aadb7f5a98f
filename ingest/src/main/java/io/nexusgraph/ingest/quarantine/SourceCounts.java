package io.nexusgraph.ingest.quarantine;

/**
 * What one read of one source did. Records reconcile: {@code read == accepted + rejected}. Field
 * rejects (a blocked email inside an accepted record) are counted separately.
 */
public record SourceCounts(long read, long accepted, long rejected, long fieldsRejected) {
  public boolean reconciles() {
    return read == accepted + rejected;
  }
}
