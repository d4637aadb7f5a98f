package io.nexusgraph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j server with GDS and Neo4j Browser running in a JVM of its own, on loopback, with
 * authentication on. The service talks to it over Bolt like to any other Neo4j.
 *
 * <p>The child keeps its standard input open as a lifeline: {@link #close()} closes it and the
 * server stops in well under two seconds; if this JVM dies, the operating system closes it and the
 * server stops by itself.
 *
 * <p>Offline tools that need the server's store closed (Neo4j's bulk importer) run through {@link
 * #restartAround}: the server stops, the tool runs, and the server starts again on the same ports
 * with the same password (kept in the system database and the home's password file).
 */
public final class EmbeddedNeo4j implements AutoCloseable {

  /** The user the embedded server is set up with. */
  public static final String USER = "neo4j";

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
  private static final String MAIN_CLASS = "io.nexusgraph.neo4jserver.Neo4jServerMain";

  /**
   * What Neo4j's code needs of a Java 25 JVM, and compact object headers (JEP 519, the default from
   * Java 27): 8-byte object headers instead of 12, less heap for the same work (docs/benchmarks.md
   * "Compact object headers"). An {@link AotCache} is only used with the same flags.
   */
  static final List<String> JVM_FLAGS =
      List.of(
          "--add-opens=java.base/java.nio=ALL-UNNAMED",
          "--enable-native-access=ALL-UNNAMED",
          "--sun-misc-unsafe-memory-access=allow",
          "-XX:+UseCompactObjectHeaders");

  private static final Duration STOP_WAIT = Duration.ofSeconds(10);

  private volatile Process process;
  private final EmbeddedNeo4jConfig config;
  private final List<String> jvmFlags;
  private final int boltPort;
  private final int httpPort;
  private final String password;

  private EmbeddedNeo4j(
      Process process,
      EmbeddedNeo4jConfig config,
      List<String> jvmFlags,
      int boltPort,
      int httpPort,
      String password) {
    this.process = process;
    this.config = config;
    this.jvmFlags = jvmFlags;
    this.boltPort = boltPort;
    this.httpPort = httpPort;
    this.password = password;
  }

  /**
   * Starts the server and waits until Bolt and HTTP accept connections. The server JVM uses the
   * distribution's {@link AotCache} when there is one.
   */
  public static EmbeddedNeo4j start(EmbeddedNeo4jConfig config) {
    return start(config, AotCache.useFlags(config.distribution()));
  }

  /** Starts the server with extra JVM flags (the AOT cache's). */
  static EmbeddedNeo4j start(EmbeddedNeo4jConfig config, List<String> jvmFlags) {
    Path home = config.home().toAbsolutePath();
    String password = Secrets.readOrCreate(home.resolve("password"));
    int bolt = Ports.orFree(config.boltPort());
    int http = Ports.orFree(config.httpPort());
    Process process = launch(config, jvmFlags, bolt, http, false);
    return new EmbeddedNeo4j(process, config, jvmFlags, bolt, http, password);
  }

  /**
   * Stops the server, runs {@code offline} while its store is closed, and starts it again on the
   * same ports with the same password, also when {@code offline} throws (which is then rethrown).
   * Bolt connections open before are broken: a driver's pool drops them and connects again on the
   * next use (managed transactions retry that), or create a new driver. Not to be called
   * concurrently with anything else using the server.
   *
   * @throws ServerStartException if the server does not start again (see its logs)
   */
  public synchronized void restartAround(Runnable offline) {
    stop(STOP_WAIT);
    try {
      offline.run();
    } finally {
      // the first start set the password in the system database, which offline tools leave alone
      process = launch(config, jvmFlags, boltPort, httpPort, true);
    }
  }

  private static Process launch(
      EmbeddedNeo4jConfig config,
      List<String> jvmFlags,
      int bolt,
      int http,
      boolean passwordApplied) {
    Path home = config.home().toAbsolutePath();
    Path tmp = home.resolve("tmp");
    Path logs = home.resolve("logs");
    try {
      Files.createDirectories(logs);
      Directories.recreate(tmp);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path passwordFile = home.resolve("password");
    Ports.requireFree("Embedded Neo4j Bolt", bolt, "NEXUS_NEO4J_BOLT_PORT");
    Ports.requireFree("Embedded Neo4j HTTP", http, "NEXUS_NEO4J_HTTP_PORT");

    List<String> command = new ArrayList<>();
    command.add(javaBinary().toString());
    command.add("-Xms256m");
    command.add("-Xmx" + config.heap());
    command.add("-XX:+UseG1GC");
    command.add("-Dfile.encoding=UTF-8");
    command.add("-Djava.io.tmpdir=" + tmp);
    command.addAll(JVM_FLAGS);
    command.addAll(jvmFlags);
    command.add("-cp");
    command.add(config.distribution().resolve("lib") + "/*");
    command.add(MAIN_CLASS);
    command.add("--home=" + home);
    command.add("--plugins=" + config.distribution().resolve("plugins"));
    command.add("--password-file=" + passwordFile);
    command.add("--bolt-port=" + bolt);
    command.add("--http-port=" + http);
    command.add("--page-cache=" + config.pageCache());
    command.add("--password-applied=" + passwordApplied);

    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new ServerStartException("Embedded Neo4j: cannot start a JVM: " + e.getMessage(), e);
    }
    ChildOutput output = new ChildOutput(process.getInputStream(), logs.resolve("console.log"));
    Thread.ofPlatform().daemon().name("neo4j-console").start(output);
    try {
      String version = output.outcome().get(config.startTimeout().toSeconds(), TimeUnit.SECONDS);
      LOG.info("Embedded Neo4j {} ready on bolt://127.0.0.1:{} (home {})", version, bolt, home);
      return process;
    } catch (ExecutionException | TimeoutException | InterruptedException e) {
      process.destroyForcibly();
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw new ServerStartException(
          "Embedded Neo4j did not start ("
              + (cause instanceof TimeoutException ? "timed out" : cause.getMessage())
              + "): see "
              + logs.resolve("console.log")
              + " and "
              + logs.resolve("neo4j.log"),
          cause);
    }
  }

  /** The java launcher of this JVM, which also runs the server. */
  static Path javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  public String boltUri() {
    return "bolt://127.0.0.1:" + boltPort;
  }

  /** The Neo4j Browser address, with the Bolt URL filled in as the connection to use. */
  public String browserUrl() {
    return "http://127.0.0.1:" + httpPort + "/browser/?dbms=" + boltUri();
  }

  public int httpPort() {
    return httpPort;
  }

  public String user() {
    return USER;
  }

  public String password() {
    return password;
  }

  public long pid() {
    return process.pid();
  }

  /** The server's home: its data, logs, password file and scratch {@code tmp/}. */
  public Path home() {
    return config.home().toAbsolutePath();
  }

  /** The server distribution: {@code lib/} is also the classpath of Neo4j's offline tools. */
  public Path distribution() {
    return config.distribution().toAbsolutePath();
  }

  /** The flags the server's JVM runs with besides memory and paths; Neo4j's offline tools too. */
  public List<String> jvmFlags() {
    return JVM_FLAGS;
  }

  /** Stops the server: closes its lifeline, waits up to 10 s, then kills it. */
  @Override
  public synchronized void close() {
    close(STOP_WAIT);
  }

  /** Stops the server, waiting up to {@code wait} before killing it. */
  synchronized void close(Duration wait) {
    stop(wait);
    Directories.deleteQuietly(config.home().toAbsolutePath().resolve("tmp"));
  }

  private void stop(Duration wait) {
    Process running = process;
    if (!running.isAlive()) {
      return;
    }
    try {
      running.getOutputStream().close();
      if (!running.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("Embedded Neo4j did not stop within {} s; killing it", wait.toSeconds());
        running.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (IOException e) {
      running.destroyForcibly();
    } catch (InterruptedException e) {
      running.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
