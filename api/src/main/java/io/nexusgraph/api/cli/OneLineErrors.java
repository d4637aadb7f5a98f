package io.nexusgraph.api.cli;

import io.nexusgraph.api.runtime.ServerUnavailableException;
import io.nexusgraph.embedded.ServerStartException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the failures an operator can fix (a server that cannot be reached or started) into one line
 * on stderr and exit code 2. Anything else is a bug and keeps its stack trace.
 */
public final class OneLineErrors implements IExecutionExceptionHandler {

  static final int SERVER_UNAVAILABLE = 2;

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed)
      throws Exception {
    Throwable known = find(e);
    if (known == null) {
      throw e;
    }
    command.getErr().println("nexus: " + known.getMessage());
    return SERVER_UNAVAILABLE;
  }

  private static Throwable find(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ServerUnavailableException || t instanceof ServerStartException) {
        return t;
      }
    }
    return null;
  }
}
