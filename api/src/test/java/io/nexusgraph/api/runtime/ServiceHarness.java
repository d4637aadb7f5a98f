package io.nexusgraph.api.runtime;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.nexusgraph.testkit.Neo4jConnection;
import io.nexusgraph.testkit.PostgresConnection;
import java.util.Map;

/** A CLI application context pointed at the test harness's servers, as env vars would. */
public final class ServiceHarness {

  private ServiceHarness() {}

  public static ApplicationContext cliContext(Neo4jConnection neo4j, PostgresConnection postgres) {
    return ApplicationContext.builder(Environment.CLI)
        .properties(
            Map.of(
                "nexus.neo4j.uri", neo4j.uri(),
                "nexus.neo4j.user", neo4j.user(),
                "nexus.neo4j.password", neo4j.password(),
                "nexus.jdbc.url", postgres.jdbcUrl(),
                "nexus.jdbc.user", postgres.user(),
                "nexus.jdbc.password", postgres.password(),
                "micronaut.server.port", -1))
        .start();
  }
}
