package io.nexusgraph.api.info;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.MapPropertySource;
import io.micronaut.context.env.PropertySource;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.management.endpoint.info.InfoSource;
import io.nexusgraph.api.runtime.PostgresVersion;
import io.nexusgraph.api.runtime.Servers;
import io.nexusgraph.graph.server.GraphServerInfo;
import jakarta.inject.Singleton;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.reactivestreams.Publisher;

/** {@code GET /info}: the versions of Nexus Graph and of the servers it runs against. */
@Singleton
@Requires(beans = Servers.class)
final class VersionsInfoSource implements InfoSource {

  private final Driver driver;
  private final PostgresVersion postgres;

  VersionsInfoSource(Driver driver, PostgresVersion postgres) {
    this.driver = driver;
    this.postgres = postgres;
  }

  @Override
  public Publisher<PropertySource> getSource() {
    GraphServerInfo graph = GraphServerInfo.read(driver);
    return Publishers.just(
        new MapPropertySource(
            "versions",
            Map.of(
                "nexus", Map.of("version", NexusVersion.get()),
                "neo4j", Map.of("version", graph.neo4jVersion(), "edition", graph.edition()),
                "gds", Map.of("version", graph.gdsVersion()),
                "postgresql", Map.of("version", postgres.read()))));
  }
}
