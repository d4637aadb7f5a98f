package io.nexusgraph.api.pipeline;

/**
 * Where a run reports how far its long stages are: a progress bar on a terminal, plain log lines
 * otherwise (API-started runs, CI, redirected output).
 */
public interface Progress {

  /**
   * Starts a stage of {@code total} units ("rows", "steps"), or of an unknown number when {@code
   * total < 0}.
   */
  Stage stage(String name, long total, String unit);

  /** One stage in progress; close it when the stage ends. */
  interface Stage extends AutoCloseable {
    void step(long units);

    @Override
    void close();
  }

  /** Log lines only: for runs in the background of a serving process (POST /v1/runs). */
  static Progress logLines() {
    return new LogProgress();
  }

  /** A bar when a terminal is attached to this process, log lines otherwise. */
  static Progress forThisProcess() {
    return System.console() != null && System.console().isTerminal()
        ? new ConsoleProgress()
        : new LogProgress();
  }
}
