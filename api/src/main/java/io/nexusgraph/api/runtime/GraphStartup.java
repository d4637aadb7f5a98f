package io.nexusgraph.api.runtime;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.graph.server.GraphServerInfo;
import jakarta.inject.Singleton;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** At start: names the server versions in the log and applies the Neo4j schema. */
@Singleton
@Requires(beans = Servers.class)
final class GraphStartup {

  private static final Logger LOG = LoggerFactory.getLogger(GraphStartup.class);

  private final Driver driver;
  private final Servers servers;

  GraphStartup(Driver driver, Servers servers) {
    this.driver = driver;
    this.servers = servers;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    GraphServerInfo graph = servers.graphInfo();
    LOG.info(
        "Servers: Neo4j {} ({}) at {}, GDS {}, PostgreSQL {} at {}",
        graph.neo4jVersion(),
        graph.edition(),
        servers.neo4j().uri(),
        graph.gdsVersion(),
        servers.postgresVersion(),
        servers.jdbc().url());
    GraphSchema.apply(driver);
  }
}
