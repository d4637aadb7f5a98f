package io.nexusgraph.api.events;

/** The body of {@code POST /v1/events} cannot be read as events at all (answered with 400). */
public final class BadEventsException extends RuntimeException {
  BadEventsException(String message) {
    super(message);
  }
}
