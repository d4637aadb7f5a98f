package io.nexusgraph.graph.server;

import io.nexusgraph.graph.cypher.Cypher;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ClientException;

/**
 * What the connected Neo4j is: its version and edition, and the GDS version.
 *
 * @param neo4jVersion e.g. {@code 2026.08.1}
 * @param edition {@code community} or {@code enterprise}
 * @param gdsVersion e.g. {@code 2.26.0}
 */
public record GraphServerInfo(String neo4jVersion, String edition, String gdsVersion) {

  /** The Neo4j server alone: answers even when GDS is missing. */
  public record Neo4jServer(String version, String edition) {}

  /**
   * Reads the versions; fails with {@link GdsMissingException} when the server lacks the Graph Data
   * Science plugin.
   */
  public static GraphServerInfo read(Driver driver) {
    Neo4jServer server = readNeo4j(driver);
    return new GraphServerInfo(server.version(), server.edition(), readGdsVersion(driver));
  }

  public static Neo4jServer readNeo4j(Driver driver) {
    Record server = Cypher.query(driver, "server/components", Map.of()).getFirst();
    return new Neo4jServer(server.get("version").asString(), server.get("edition").asString());
  }

  /** The GDS version; {@link GdsMissingException} when GDS is not installed. */
  public static String readGdsVersion(Driver driver) {
    try {
      return Cypher.query(driver, "server/gds-version", Map.of())
          .getFirst()
          .get("version")
          .asString();
    } catch (ClientException e) {
      throw new GdsMissingException(e);
    }
  }
}
