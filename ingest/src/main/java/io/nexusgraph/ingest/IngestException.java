package io.nexusgraph.ingest;

/**
 * Root of the ingest module's unchecked exceptions. Bad input rows never raise it (they go to the
 * rejects stream); it signals problems that stop a run: invalid configuration or an unreadable
 * source.
 */
public class IngestException extends RuntimeException {
  public IngestException(String message) {
    super(message);
  }

  public IngestException(String message, Throwable cause) {
    super(message, cause);
  }
}
