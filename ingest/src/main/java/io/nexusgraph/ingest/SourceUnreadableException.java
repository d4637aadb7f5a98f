package io.nexusgraph.ingest;

/**
 * A source could not be read at all (missing file, I/O failure, broken database connection). Unlike
 * a bad row, which is quarantined, this stops the run for that source; retrying may help when the
 * cause is transient.
 */
public final class SourceUnreadableException extends IngestException {
  public SourceUnreadableException(String message, Throwable cause) {
    super(message, cause);
  }
}
