package io.nexusgraph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server JVM's ahead-of-time cache (JDK 25, JEPs 483, 514 and 515): the classes a Neo4j start
 * loads and links, with their method profiles, mapped from one file instead of read, verified and
 * linked from the distribution's jars at every start. A start on this machine takes about 7 s with
 * it against 13 s without (docs/benchmarks.md, "Server start"); the bulk import restarts the
 * server, and every test class and {@code nexus} command starts one.
 *
 * <p>The cache, {@code neo4j-server.aot} in the distribution, is created at build time by {@link
 * #main} (Maven runs it when it packages this module): a training start of the server with {@code
 * -XX:AOTCacheOutput} on a scratch home, stopped once ready, after which the JVM assembles the
 * cache. Later in the build, {@code deploy/aot-training} replaces it with one trained on a real
 * load and resolution ({@link #train}), which also holds the classes and method profiles of the
 * work itself. A cache only fits the jars, JDK and module flags it was made with; {@link #upToDate}
 * asks the JVM itself, so a rebuild retrains only when something changed. At run time a cache that
 * no longer fits is skipped by the JVM (with a warning in the server's {@code console.log}), never
 * an error.
 */
public final class AotCache {

  static final String FILE = "neo4j-server.aot";

  /** The name of the training that only starts the server. */
  public static final String START_TRAINING = "start";

  private static final String TRAINING_HEAP = "2g";
  private static final String TRAINING_PAGE_CACHE = "256m";

  private static final Duration PROBE_WAIT = Duration.ofSeconds(60);
  private static final Duration ASSEMBLY_WAIT = Duration.ofMinutes(10);

  private AotCache() {}

  /** Where the distribution keeps its cache. */
  static Path file(Path distribution) {
    return distribution.toAbsolutePath().resolve(FILE);
  }

  /** The JVM flags of a server start: use the cache when the distribution has one. */
  static List<String> useFlags(Path distribution) {
    Path cache = file(distribution);
    return Files.isRegularFile(cache) ? List.of("-XX:AOTCache=" + cache) : List.of();
  }

  /**
   * Whether the distribution has a cache this JVM's launcher would use with the server's classpath
   * and flags: {@code -XX:AOTMode=on} makes the JVM refuse to start when it would not.
   */
  public static boolean upToDate(Path distribution) {
    Path cache = file(distribution);
    if (!Files.isRegularFile(cache)) {
      return false;
    }
    List<String> probe = new ArrayList<>();
    probe.add(EmbeddedNeo4j.javaBinary().toString());
    probe.add("-XX:AOTCache=" + cache);
    probe.add("-XX:AOTMode=on");
    probe.addAll(EmbeddedNeo4j.JVM_FLAGS);
    probe.add("-cp");
    probe.add(distribution.toAbsolutePath().resolve("lib") + "/*");
    probe.add("-version");
    try {
      Process process =
          new ProcessBuilder(probe)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!process.waitFor(PROBE_WAIT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return false;
      }
      return process.exitValue() == 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** What a training server runs before it stops; what it exercises is what the cache holds. */
  @FunctionalInterface
  public interface Workload {
    void run(EmbeddedNeo4j server) throws Exception;
  }

  /** The name of the training that made the distribution's cache; {@code "start"} if unknown. */
  public static String training(Path distribution) {
    Path marker = markerOf(file(distribution));
    try {
      return Files.isRegularFile(marker) ? Files.readString(marker).strip() : START_TRAINING;
    } catch (IOException e) {
      return START_TRAINING;
    }
  }

  /**
   * Trains a new cache: starts the server on a scratch home recording what it loads and how its
   * methods run, runs {@code workload} against it, stops it and waits while the JVM assembles the
   * cache into a new file, which then replaces the old one at once (a server starting meanwhile
   * sees the old cache or the new, never half). The training's name is kept beside the cache, and
   * is only written once the cache is in place.
   *
   * @throws ServerStartException if the training server does not start
   * @throws IllegalStateException if the JVM wrote no cache
   */
  public static void train(Path distribution, String name, Workload workload) throws Exception {
    Path cache = file(distribution);
    Path fresh = cache.resolveSibling(FILE + ".new");
    Files.deleteIfExists(fresh);
    Path home = Files.createTempDirectory(cache.getParent(), "aot-training-");
    try {
      EmbeddedNeo4jConfig config =
          new EmbeddedNeo4jConfig(
              distribution, home, 0, 0, TRAINING_HEAP, TRAINING_PAGE_CACHE, Duration.ofMinutes(10));
      try (EmbeddedNeo4j server =
          EmbeddedNeo4j.start(config, List.of("-XX:AOTCacheOutput=" + fresh))) {
        workload.run(server);
        server.close(ASSEMBLY_WAIT);
      }
      if (!Files.isRegularFile(fresh)) {
        throw new IllegalStateException(
            "the training server stopped without writing " + fresh + "; see " + home);
      }
      Files.deleteIfExists(markerOf(cache));
      Files.move(fresh, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      Files.writeString(markerOf(cache), name + System.lineSeparator());
      Directories.deleteQuietly(home);
    } finally {
      Files.deleteIfExists(fresh.resolveSibling(FILE + ".new.config"));
    }
  }

  private static Path markerOf(Path cache) {
    return cache.resolveSibling(FILE + ".training");
  }

  /**
   * Makes the cache of the distribution given as the only argument up to date. A failure is
   * reported and leaves the build going: servers then start without a cache, only slower.
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: AotCache <server distribution directory>");
      System.exit(2);
    }
    Path distribution = Path.of(args[0]);
    if (upToDate(distribution)) {
      System.out.println("Neo4j AOT cache is up to date: " + file(distribution));
      return;
    }
    long start = System.nanoTime();
    try {
      train(distribution, START_TRAINING, server -> {});
      System.out.printf(
          "Neo4j AOT cache created in %.1f s: %s%n",
          (System.nanoTime() - start) / 1e9, file(distribution));
    } catch (Exception e) {
      System.out.println(
          "WARNING: no Neo4j AOT cache (servers start without one, slower): " + e.getMessage());
    }
  }
}
