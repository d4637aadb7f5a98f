package io.nexusgraph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 */
public final class EmbeddedNeo4j implements AutoCloseable {

  /** The user the embedded server is set up with. */
  public static final String USER = "neo4j";

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
  private static final String MAIN_CLASS = "io.nexusgraph.neo4jserver.Neo4jServerMain";

  private final Process process;
  private final EmbeddedNeo4jConfig config;
  private final int boltPort;
  private final int httpPort;
  private final String password;

  private EmbeddedNeo4j(
      Process process, EmbeddedNeo4jConfig config, int boltPort, int httpPort, String password) {
    this.process = process;
    this.config = config;
    this.boltPort = boltPort;
    this.httpPort = httpPort;
    this.password = password;
  }

  /** Starts the server and waits until Bolt and HTTP accept connections. */
  public static EmbeddedNeo4j start(EmbeddedNeo4jConfig config) {
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
    String password = Secrets.readOrCreate(passwordFile);
    int bolt = Ports.orFree(config.boltPort());
    int http = Ports.orFree(config.httpPort());
    Ports.requireFree("Embedded Neo4j Bolt", bolt, "NEXUS_NEO4J_BOLT_PORT");
    Ports.requireFree("Embedded Neo4j HTTP", http, "NEXUS_NEO4J_HTTP_PORT");

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xms256m");
    command.add("-Xmx" + config.heap());
    command.add("-XX:+UseG1GC");
    command.add("-Dfile.encoding=UTF-8");
    command.add("-Djava.io.tmpdir=" + tmp);
    command.add("--add-opens=java.base/java.nio=ALL-UNNAMED");
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("--sun-misc-unsafe-memory-access=allow");
    command.add("-cp");
    command.add(config.distribution().resolve("lib") + "/*");
    command.add(MAIN_CLASS);
    command.add("--home=" + home);
    command.add("--plugins=" + config.distribution().resolve("plugins"));
    command.add("--password-file=" + passwordFile);
    command.add("--bolt-port=" + bolt);
    command.add("--http-port=" + http);
    command.add("--page-cache=" + config.pageCache());

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
      return new EmbeddedNeo4j(process, config, bolt, http, password);
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

  /** Stops the server: closes its lifeline, waits up to 10 s, then kills it. */
  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    try {
      process.getOutputStream().close();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        LOG.warn("Embedded Neo4j did not stop within 10 s; killing it");
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    Directories.deleteQuietly(config.home().toAbsolutePath().resolve("tmp"));
  }
}
