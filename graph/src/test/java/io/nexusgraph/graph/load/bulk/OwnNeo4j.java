package io.nexusgraph.graph.load.bulk;

import io.nexusgraph.embedded.Directories;
import io.nexusgraph.embedded.EmbeddedNeo4j;
import io.nexusgraph.embedded.EmbeddedNeo4jConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * An embedded Neo4j of the test class's own, with a driver, in a folder under target/ that is
 * deleted at the end: for what the shared test server cannot give, a store an import may replace or
 * one that nothing was ever written to.
 */
public final class OwnNeo4j implements AutoCloseable {

  final EmbeddedNeo4j server;
  private final Path home;
  private Driver driver;

  public OwnNeo4j() throws Exception {
    home =
        Files.createDirectories(
                Path.of("target", "own-neo4j", String.valueOf(ProcessHandle.current().pid())))
            .toAbsolutePath();
    server =
        EmbeddedNeo4j.start(
            EmbeddedNeo4jConfig.defaults(home).withPorts(0, 0).withMemory("1g", "128m"));
    driver = connect();
  }

  public Driver driver() {
    return driver;
  }

  Driver connect() {
    return GraphDatabase.driver(
        server.boltUri(), AuthTokens.basic(server.user(), server.password()));
  }

  /** A new driver: the old one holds bookmarks of the database an import replaced. */
  void reconnect() {
    driver.close();
    driver = connect();
  }

  ImportTarget target() {
    return new ImportTarget(
        server.home(), server.distribution(), server.jvmFlags(), server::restartAround);
  }

  ImportSettings settings() {
    return new ImportSettings(2, "512m", "512m", Duration.ofMinutes(5));
  }

  long nodes() {
    return driver
        .executableQuery("MATCH (n) RETURN count(n) AS n")
        .execute()
        .records()
        .getFirst()
        .get("n")
        .asLong();
  }

  void wipe() {
    driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
  }

  @Override
  public void close() {
    try {
      driver.close();
    } finally {
      server.close();
      Directories.deleteQuietly(home);
    }
  }
}
