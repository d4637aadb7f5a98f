package io.nexusgraph.graph.server;

import io.nexusgraph.graph.cypher.CypherFile;
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

  /**
   * Reads the versions; fails with {@link GdsMissingException} when the server lacks the Graph Data
   * Science plugin.
   */
  public static GraphServerInfo read(Driver driver) {
    Record server =
        driver
            .executableQuery(CypherFile.load("server/components").single())
            .execute()
            .records()
            .getFirst();
    String gds;
    try {
      gds =
          driver
              .executableQuery(CypherFile.load("server/gds-version").single())
              .execute()
              .records()
              .getFirst()
              .get("version")
              .asString();
    } catch (ClientException e) {
      throw new GdsMissingException(e);
    }
    return new GraphServerInfo(
        server.get("version").asString(), server.get("edition").asString(), gds);
  }
}
