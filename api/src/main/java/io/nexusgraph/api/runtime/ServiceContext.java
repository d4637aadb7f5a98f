package io.nexusgraph.api.runtime;

import io.micronaut.context.ApplicationContext;
import java.util.Map;

/**
 * Starts the service's application context against servers that are already up: the JDBC data
 * source (with its Flyway migrations) and the Neo4j driver both come from {@link Servers}.
 */
public final class ServiceContext {

  private ServiceContext() {}

  public static ApplicationContext start(Servers servers) {
    JdbcLogin jdbc = servers.jdbc();
    return ApplicationContext.builder()
        .properties(
            Map.of(
                "datasources.default.url", jdbc.url(),
                "datasources.default.username", jdbc.user(),
                "datasources.default.password", jdbc.password(),
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "datasources.default.connection-timeout", "${nexus.jdbc.connection-wait-ms}"))
        .singletons(servers)
        .start();
  }
}
