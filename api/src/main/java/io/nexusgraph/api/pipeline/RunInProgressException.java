package io.nexusgraph.api.pipeline;

/** Another run (in this or another process) holds the run lock. */
public final class RunInProgressException extends RuntimeException {
  RunInProgressException() {
    super("another run is in progress; wait for it to finish (GET /v1/runs shows it)");
  }
}
