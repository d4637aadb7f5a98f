package io.nexusgraph.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;

/**
 * Copies the server's console to a log file and watches for its ready or failed line. Runs on a
 * daemon thread for the life of the child process.
 */
final class ChildOutput implements Runnable {

  static final String READY = "NEXUS-NEO4J READY";
  static final String FAILED = "NEXUS-NEO4J FAILED";

  private final InputStream console;
  private final Path logFile;
  private final CompletableFuture<String> outcome = new CompletableFuture<>();

  ChildOutput(InputStream console, Path logFile) {
    this.console = console;
    this.logFile = logFile;
  }

  /** Completes with the Neo4j version once ready; exceptionally if the server failed or exited. */
  CompletableFuture<String> outcome() {
    return outcome;
  }

  @Override
  public void run() {
    try (BufferedReader reader =
            new BufferedReader(new InputStreamReader(console, StandardCharsets.UTF_8));
        Writer log =
            Files.newBufferedWriter(
                logFile,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
      String line;
      while ((line = reader.readLine()) != null) {
        log.write(line);
        log.write('\n');
        log.flush();
        if (line.startsWith(READY)) {
          outcome.complete(line.substring(line.indexOf("version=") + "version=".length()).strip());
        } else if (line.startsWith(FAILED)) {
          outcome.completeExceptionally(
              new ServerStartException(line.substring(FAILED.length()).strip()));
        }
      }
    } catch (IOException e) {
      outcome.completeExceptionally(e);
    }
    outcome.completeExceptionally(new ServerStartException("the server process exited"));
  }
}
