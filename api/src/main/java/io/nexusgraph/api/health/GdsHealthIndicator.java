package io.nexusgraph.api.health;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.nexusgraph.api.runtime.Servers;
import io.nexusgraph.graph.server.GraphServerInfo;
import jakarta.inject.Singleton;
import java.util.Map;
import org.neo4j.driver.Driver;

/** {@code gds}: UP when the Graph Data Science library answers; details name its version. */
@Singleton
@Requires(beans = Servers.class)
final class GdsHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

  private final Driver driver;

  GdsHealthIndicator(Driver driver) {
    this.driver = driver;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    String version = GraphServerInfo.readGdsVersion(driver);
    healthStatus = HealthStatus.UP;
    return Map.of("version", version);
  }

  @Override
  protected String getName() {
    return "gds";
  }
}
