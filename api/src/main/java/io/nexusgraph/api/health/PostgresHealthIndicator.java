package io.nexusgraph.api.health;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.nexusgraph.api.runtime.PostgresVersion;
import io.nexusgraph.api.runtime.Servers;
import jakarta.inject.Singleton;
import java.util.Map;

/** {@code postgresql}: UP when the final-tables database answers; details name its version. */
@Singleton
@Requires(beans = Servers.class)
final class PostgresHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

  private final PostgresVersion postgres;

  PostgresHealthIndicator(PostgresVersion postgres) {
    this.postgres = postgres;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    String version = postgres.read();
    healthStatus = HealthStatus.UP;
    return Map.of("version", version);
  }

  @Override
  protected String getName() {
    return "postgresql";
  }
}
