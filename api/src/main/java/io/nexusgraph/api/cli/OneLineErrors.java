package io.nexusgraph.api.cli;

import io.nexusgraph.api.pipeline.RunFailedException;
import io.nexusgraph.api.pipeline.RunInProgressException;
import io.nexusgraph.api.runtime.ServerUnavailableException;
import io.nexusgraph.embedded.ServerStartException;
import io.nexusgraph.ingest.IngestException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the failures an operator can fix into one line on stderr: a server that cannot be reached
 * or started, or a bad config (exit 2); a run that failed or could not start because another one
 * runs (exit 1; the run's row in {@code runs} has the details). Anything else is a bug and keeps
 * its stack trace.
 */
public final class OneLineErrors implements IExecutionExceptionHandler {

  static final int SERVER_UNAVAILABLE = 2;
  static final int BAD_CONFIG = 2;
  static final int RUN_FAILED = 1;

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed)
      throws Exception {
    for (Throwable t = e; t != null; t = t.getCause()) {
      Integer code = exitCode(t);
      if (code != null) {
        command.getErr().println("nexus: " + t.getMessage());
        return code;
      }
    }
    throw e;
  }

  private static Integer exitCode(Throwable t) {
    if (t instanceof ServerUnavailableException || t instanceof ServerStartException) {
      return SERVER_UNAVAILABLE;
    }
    if (t instanceof IngestException) {
      return BAD_CONFIG;
    }
    if (t instanceof RunFailedException || t instanceof RunInProgressException) {
      return RUN_FAILED;
    }
    return null;
  }
}
