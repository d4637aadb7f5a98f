package io.nexusgraph.testkit;

import io.nexusgraph.embedded.Directories;
import io.nexusgraph.embedded.EmbeddedNeo4j;
import io.nexusgraph.embedded.EmbeddedNeo4jConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.testcontainers.containers.Neo4jContainer;

/** The shared Neo4j of a test JVM and its driver; closed by JUnit when the run ends. */
final class Neo4jResource implements ExtensionContext.Store.CloseableResource, AutoCloseable {

  static final String MODE_PROPERTY = "nexus.test.neo4j";
  private static final String IMAGE = "neo4j:2026.08.1";

  private final AutoCloseable server;
  private final Neo4jConnection connection;
  private final Driver driver;

  private Neo4jResource(AutoCloseable server, Neo4jConnection connection) {
    this.server = server;
    this.connection = connection;
    // as the service's driver: SLF4J logging (the default formats every message at DEBUG, on or
    // off)
    this.driver =
        GraphDatabase.driver(
            connection.uri(),
            AuthTokens.basic(connection.user(), connection.password()),
            Config.builder().withLogging(Logging.slf4j()).build());
    driver.verifyConnectivity();
  }

  static Neo4jResource start() {
    String mode = System.getProperty(MODE_PROPERTY, "embedded");
    return switch (mode) {
      case "embedded" -> startEmbedded();
      case "testcontainers" -> startContainer();
      default ->
          throw new IllegalArgumentException(
              "-D" + MODE_PROPERTY + " must be embedded or testcontainers, not " + mode);
    };
  }

  private static Neo4jResource startEmbedded() {
    Path home = TestData.directory("neo4j");
    EmbeddedNeo4j neo4j =
        EmbeddedNeo4j.start(
            EmbeddedNeo4jConfig.defaults(home).withPorts(0, 0).withMemory("1g", "128m"));
    AutoCloseable stopAndClean =
        () -> {
          neo4j.close();
          Directories.deleteQuietly(home);
        };
    return new Neo4jResource(
        stopAndClean, new Neo4jConnection(neo4j.boltUri(), neo4j.user(), neo4j.password()));
  }

  @SuppressWarnings("resource") // closed through this resource
  private static Neo4jResource startContainer() {
    String password = java.util.UUID.randomUUID().toString();
    Neo4jContainer<?> container =
        new Neo4jContainer<>(IMAGE)
            .withAdminPassword(password)
            .withEnv("NEO4J_PLUGINS", "[\"graph-data-science\"]")
            .withNeo4jConfig("dbms.security.procedures.unrestricted", "gds.*");
    container.start();
    return new Neo4jResource(
        container::stop, new Neo4jConnection(container.getBoltUrl(), "neo4j", password));
  }

  Driver driver() {
    return driver;
  }

  Neo4jConnection connection() {
    return connection;
  }

  @Override
  public void close() throws Exception {
    driver.close();
    server.close();
  }
}
