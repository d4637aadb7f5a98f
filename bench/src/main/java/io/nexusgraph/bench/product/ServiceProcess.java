package io.nexusgraph.bench.product;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One service JVM ({@code nexus run}, {@code apikey create} or {@code serve}) started by the
 * benchmark. Closing it stops it the way Ctrl-C does (SIGTERM: the service stops its embedded Neo4j
 * and PostgreSQL), and kills it and its descendants if it has not stopped in time. A shutdown hook
 * does the same if the benchmark JVM is stopped meanwhile, so no service outlives the benchmark.
 */
final class ServiceProcess implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ServiceProcess.class);
  private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);

  private final String name;
  private final Process process;
  private final Path log;
  private final Thread hook;

  private ServiceProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.hook = new Thread(this::stop, "stop " + name);
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /**
   * Starts {@code nexus <args>} in {@code dir}: stderr (its log) to {@code <dir>/<name>.log},
   * stdout to {@code <dir>/<name>.out}, or kept for {@link #stdout()} when {@code keepStdout}.
   */
  static ServiceProcess start(
      String name,
      ServiceJar jar,
      ServiceEnvironment env,
      Path dir,
      boolean keepStdout,
      String... args) {
    List<String> command = jar.command(args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    env.applyTo(builder.environment());
    Path log = dir.resolve(name + ".log");
    builder.redirectError(log.toFile());
    builder.redirectOutput(
        keepStdout
            ? ProcessBuilder.Redirect.PIPE
            : ProcessBuilder.Redirect.to(dir.resolve(name + ".out").toFile()));
    builder.redirectInput(ProcessBuilder.Redirect.PIPE);
    try {
      return new ServiceProcess(name, builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
    }
  }

  long pid() {
    return process.pid();
  }

  boolean alive() {
    return process.isAlive();
  }

  Path log() {
    return log;
  }

  /** All of stdout of a process started with {@code keepStdout}; blocks until it exits. */
  String stdout() {
    try {
      return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the output of nexus " + name, e);
    }
  }

  /** Waits for the exit; throws, naming the log, on a timeout or a non-zero exit code. */
  void awaitSuccess(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException(
            "nexus " + name + " did not finish in " + timeout + "; its log: " + log);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for nexus " + name, e);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          "nexus " + name + " failed with exit code " + process.exitValue() + "; its log: " + log);
    }
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs (or ran) anyway
    }
  }

  private void stop() {
    if (!process.isAlive()) {
      return;
    }
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroy();
    try {
      process.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      LOG.warn(
          "nexus {} did not stop in {}: killing it and its child processes", name, STOP_TIMEOUT);
      process.destroyForcibly();
      descendants.forEach(ProcessHandle::destroyForcibly);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      descendants.forEach(ProcessHandle::destroyForcibly);
    }
  }
}
