package io.nexusgraph.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How to run the embedded Neo4j server.
 *
 * @param distribution the built server: {@code lib/} (classpath) and {@code plugins/} (GDS)
 * @param home where the server keeps its databases, logs and generated password
 * @param boltPort Bolt port on loopback; 0 picks a free one
 * @param httpPort HTTP port (Neo4j Browser) on loopback; 0 picks a free one
 * @param heap maximum heap of the server JVM, e.g. {@code 2g}
 * @param pageCache Neo4j page cache size, e.g. {@code 512m}
 * @param startTimeout how long to wait for the server to accept connections
 */
public record EmbeddedNeo4jConfig(
    Path distribution,
    Path home,
    int boltPort,
    int httpPort,
    String heap,
    String pageCache,
    Duration startTimeout) {

  /** System property and environment variable naming the server distribution directory. */
  public static final String DISTRIBUTION_PROPERTY = "nexus.neo4j.home";

  public static final String DISTRIBUTION_ENV = "NEXUS_NEO4J_HOME";

  private static final Path BUILD_OUTPUT =
      Path.of("deploy", "neo4j-server", "target", "neo4j-server");

  /** Defaults for a data directory: ports 7687/7474, heap 2g, page cache 512m. */
  public static EmbeddedNeo4jConfig defaults(Path home) {
    return new EmbeddedNeo4jConfig(
        locateDistribution(), home, 7687, 7474, "2g", "512m", Duration.ofSeconds(600));
  }

  public EmbeddedNeo4jConfig withPorts(int bolt, int http) {
    return new EmbeddedNeo4jConfig(distribution, home, bolt, http, heap, pageCache, startTimeout);
  }

  public EmbeddedNeo4jConfig withMemory(String newHeap, String newPageCache) {
    return new EmbeddedNeo4jConfig(
        distribution, home, boltPort, httpPort, newHeap, newPageCache, startTimeout);
  }

  /**
   * Finds the server distribution: {@code -Dnexus.neo4j.home}, then {@code NEXUS_NEO4J_HOME}, then
   * the build output {@code deploy/neo4j-server/target/neo4j-server} in the working directory or
   * one of its parents.
   */
  public static Path locateDistribution() {
    Optional<String> configured =
        Optional.ofNullable(System.getProperty(DISTRIBUTION_PROPERTY))
            .or(() -> Optional.ofNullable(System.getenv(DISTRIBUTION_ENV)))
            .filter(value -> !value.isBlank());
    if (configured.isPresent()) {
      return Path.of(configured.get()).toAbsolutePath();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(BUILD_OUTPUT);
      if (Files.isDirectory(candidate.resolve("lib"))) {
        return candidate;
      }
    }
    throw new ServerStartException(
        "Embedded Neo4j: no server distribution found (looked for "
            + BUILD_OUTPUT
            + " from the working directory up): build it with ./mvnw -B package -DskipTests,"
            + " or set NEXUS_NEO4J_HOME, or point NEXUS_NEO4J_URI at a running Neo4j.");
  }
}
