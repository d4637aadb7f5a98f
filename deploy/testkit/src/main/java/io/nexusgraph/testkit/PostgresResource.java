package io.nexusgraph.testkit;

import io.nexusgraph.embedded.Directories;
import io.nexusgraph.embedded.EmbeddedPostgresConfig;
import io.nexusgraph.embedded.EmbeddedPostgresServer;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/** The shared PostgreSQL of a test JVM; closed by JUnit when the run ends. */
final class PostgresResource implements ExtensionContext.Store.CloseableResource, AutoCloseable {

  private final EmbeddedPostgresServer server;
  private final Path home;
  private final PGSimpleDataSource dataSource = new PGSimpleDataSource();

  private PostgresResource(EmbeddedPostgresServer server, Path home) {
    this.server = server;
    this.home = home;
    dataSource.setUrl(server.jdbcUrl());
    dataSource.setUser(server.user());
    dataSource.setPassword(server.password());
  }

  static PostgresResource start() {
    Path home = TestData.directory("postgres");
    return new PostgresResource(
        EmbeddedPostgresServer.start(EmbeddedPostgresConfig.defaults(home).withPort(0)), home);
  }

  DataSource dataSource() {
    return dataSource;
  }

  PostgresConnection connection() {
    return new PostgresConnection(server.jdbcUrl(), server.user(), server.password());
  }

  @Override
  public void close() {
    server.close();
    Directories.deleteQuietly(home);
  }
}
