package io.nexusgraph.api.runtime;

import io.nexusgraph.graph.server.GraphServerInfo;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The servers the service runs against, checked and ready: their logins, their versions, and the
 * embedded ones to stop when the service stops.
 */
public final class Servers implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Servers.class);

  private final Neo4jLogin neo4j;
  private final JdbcLogin jdbc;
  private final GraphServerInfo graphInfo;
  private final String postgresVersion;
  private final List<AutoCloseable> embedded;

  Servers(
      Neo4jLogin neo4j,
      JdbcLogin jdbc,
      GraphServerInfo graphInfo,
      String postgresVersion,
      List<AutoCloseable> embedded) {
    this.neo4j = neo4j;
    this.jdbc = jdbc;
    this.graphInfo = graphInfo;
    this.postgresVersion = postgresVersion;
    this.embedded = new ArrayList<>(embedded);
  }

  public Neo4jLogin neo4j() {
    return neo4j;
  }

  public JdbcLogin jdbc() {
    return jdbc;
  }

  public GraphServerInfo graphInfo() {
    return graphInfo;
  }

  public String postgresVersion() {
    return postgresVersion;
  }

  /** Stops the embedded servers, last started first. External servers are left alone. */
  @Override
  public void close() {
    stopAll(embedded);
    embedded.clear();
  }

  static void stopAll(List<AutoCloseable> servers) {
    for (int i = servers.size() - 1; i >= 0; i--) {
      try {
        servers.get(i).close();
      } catch (Exception e) {
        LOG.warn("Could not stop an embedded server cleanly: {}", e.getMessage());
      }
    }
  }
}
