package io.nexusgraph.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server that {@code postmaster.pid} says is running on the embedded data directory,
 * if any, when a cluster is about to start there.
 *
 * <p>When the JVM that runs the embedded server is killed (an out-of-memory kill of a nightly run,
 * a {@code kill -9}), PostgreSQL keeps running, holding the data directory and the port, and the
 * next start would fail until someone found and stopped it by hand. The caller holds the home's
 * {@link OwnerLock}, so no live process runs this cluster: a postmaster still running on it is such
 * an orphan. It is stopped (SIGTERM, PostgreSQL's smart shutdown; its clients died with their JVM),
 * then the start goes on.
 */
final class OrphanedPostmaster {

  private static final Logger LOG = LoggerFactory.getLogger(OrphanedPostmaster.class);

  private OrphanedPostmaster() {}

  /**
   * Stops the orphaned postmaster of {@code pgdata}, waiting up to {@code wait} (then killing it).
   * Call it only while holding the home's {@link OwnerLock}.
   *
   * @throws ServerStartException when it does not stop
   */
  static void stopIfAny(Path pgdata, Duration wait) {
    Optional<ProcessHandle> postmaster = running(pgdata.resolve("postmaster.pid"));
    if (postmaster.isEmpty()) {
      return;
    }
    ProcessHandle server = postmaster.get();
    LOG.warn(
        "Embedded PostgreSQL (pid {}) was left running on {} by a process that ended: stopping it",
        server.pid(),
        pgdata);
    server.destroy();
    if (!stopped(server, wait)) {
      LOG.warn(
          "Embedded PostgreSQL (pid {}) did not stop within {}: killing it", server.pid(), wait);
      server.destroyForcibly();
      if (!stopped(server, wait)) {
        throw new ServerStartException(
            "Embedded PostgreSQL: the server left running on "
                + pgdata
                + " (pid "
                + server.pid()
                + ") does not stop: stop it by hand, then start again.");
      }
    }
  }

  /** The live PostgreSQL process the pid file names, if there is one. */
  private static Optional<ProcessHandle> running(Path pidFile) {
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    long pid;
    try {
      List<String> lines = Files.readAllLines(pidFile);
      if (lines.isEmpty()) {
        return Optional.empty();
      }
      pid = Long.parseLong(lines.getFirst().strip());
    } catch (IOException | NumberFormatException e) {
      return Optional.empty(); // unreadable: PostgreSQL's own lock-file check decides
    }
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
  }

  private static boolean stopped(ProcessHandle process, Duration wait) {
    try {
      process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }
}
