package io.nexusgraph.api.eventlog;

/** The event-log tables in PostgreSQL could not be written or read. */
public final class EventLogStoreException extends RuntimeException {
  public EventLogStoreException(String message, Throwable cause) {
    super(message + ": " + cause.getMessage(), cause);
  }
}
