package io.nexusgraph.api.health;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.nexusgraph.api.runtime.Servers;
import io.nexusgraph.graph.server.GraphServerInfo;
import jakarta.inject.Singleton;
import java.util.Map;
import org.neo4j.driver.Driver;

/** {@code neo4j}: UP when the server answers over Bolt; details name its version and edition. */
@Singleton
@Requires(beans = Servers.class)
final class Neo4jHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

  private final Driver driver;

  Neo4jHealthIndicator(Driver driver) {
    this.driver = driver;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    GraphServerInfo.Neo4jServer server = GraphServerInfo.readNeo4j(driver);
    healthStatus = HealthStatus.UP;
    return Map.of("version", server.version(), "edition", server.edition());
  }

  @Override
  protected String getName() {
    return "neo4j";
  }
}
