package io.nexusgraph.api.projection;

/** The final tables could not be written; the previous run's tables are unchanged. */
public final class ProjectionException extends RuntimeException {
  ProjectionException(String message, Throwable cause) {
    super(message + ": " + cause.getMessage(), cause);
  }
}
