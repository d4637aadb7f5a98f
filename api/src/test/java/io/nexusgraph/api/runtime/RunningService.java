package io.nexusgraph.api.runtime;

import io.micronaut.context.ApplicationContext;
import io.nexusgraph.testkit.Neo4jConnection;
import io.nexusgraph.testkit.PostgresConnection;

/**
 * The service application context (data source, driver, every service bean) against the test
 * harness's servers, without the HTTP server. Close it after the tests.
 */
public final class RunningService implements AutoCloseable {

  private final ApplicationContext cli;
  private final Servers servers;
  private final ApplicationContext service;

  public RunningService(Neo4jConnection neo4j, PostgresConnection postgres) {
    cli = ServiceHarness.cliContext(neo4j, postgres);
    servers = cli.getBean(ServersStarter.class).start();
    service = ServiceContext.start(servers);
  }

  public <T> T bean(Class<T> type) {
    return service.getBean(type);
  }

  @Override
  public void close() {
    service.close();
    servers.close();
    cli.close();
  }
}
