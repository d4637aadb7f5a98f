package io.nexusgraph.testkit;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.neo4j.driver.Driver;

/**
 * JUnit 5 extension giving integration tests real servers: ONE Neo4j with GDS and ONE PostgreSQL
 * per test JVM, each started on first use and stopped when the test run ends.
 *
 * <p>Declare parameters of type {@link Driver}, {@link DataSource}, {@link Neo4jConnection} or
 * {@link PostgresConnection} in a test's constructor, lifecycle or test methods. The servers are
 * shared, so tests isolate their own data (labels, ids or tables of their own, and clean-up).
 *
 * <p>By default Neo4j is the project's embedded server (a JVM of its own, no Docker needed). With
 * {@code -Dnexus.test.neo4j=testcontainers} it is a Testcontainers Neo4j with the GDS plugin.
 */
public final class NexusServers implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(NexusServers.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Driver.class
        || type == DataSource.class
        || type == Neo4jConnection.class
        || type == PostgresConnection.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
    if (type == Driver.class || type == Neo4jConnection.class) {
      Neo4jResource neo4j =
          store.getOrComputeIfAbsent(
              Neo4jResource.class, key -> Neo4jResource.start(), Neo4jResource.class);
      return type == Driver.class ? neo4j.driver() : neo4j.connection();
    }
    PostgresResource postgres =
        store.getOrComputeIfAbsent(
            PostgresResource.class, key -> PostgresResource.start(), PostgresResource.class);
    return type == DataSource.class ? postgres.dataSource() : postgres.connection();
  }
}
