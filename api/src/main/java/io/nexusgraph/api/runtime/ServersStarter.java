package io.nexusgraph.api.runtime;

import io.nexusgraph.embedded.EmbeddedNeo4j;
import io.nexusgraph.embedded.EmbeddedNeo4jConfig;
import io.nexusgraph.embedded.EmbeddedPostgresConfig;
import io.nexusgraph.embedded.EmbeddedPostgresServer;
import io.nexusgraph.graph.server.GraphServerInfo;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Brings up the servers the service needs: the external ones named by {@code NEXUS_NEO4J_URI} and
 * {@code NEXUS_JDBC_URL}, checked first so a bad address fails fast, then embedded ones for
 * whatever is not configured. Either way the service reaches them only over Bolt and JDBC.
 */
@Singleton
public final class ServersStarter {

  private static final String NEO4J_LOGIN = "NEXUS_NEO4J_USER and NEXUS_NEO4J_PASSWORD";
  private static final String JDBC_LOGIN = "NEXUS_JDBC_USER and NEXUS_JDBC_PASSWORD";

  private final ServerSettings settings;

  ServersStarter(ServerSettings settings) {
    this.settings = settings;
  }

  /**
   * Starts or connects to every server; embedded ones start in parallel. On failure, stops whatever
   * it had started.
   */
  public Servers start() {
    List<AutoCloseable> started = Collections.synchronizedList(new ArrayList<>());
    try {
      Neo4jLogin neo4j = settings.neo4j().external() ? externalNeo4j() : null;
      GraphServerInfo graphInfo = neo4j == null ? null : ServerProbes.neo4j(neo4j, NEO4J_LOGIN);
      JdbcLogin jdbc = settings.jdbc().external() ? externalJdbc() : null;
      String postgresVersion = jdbc == null ? null : ServerProbes.postgres(jdbc, JDBC_LOGIN);
      try (ExecutorService parallel = Executors.newVirtualThreadPerTaskExecutor()) {
        Future<JdbcLogin> embeddedJdbc =
            jdbc == null ? parallel.submit(() -> embeddedPostgres(started)) : null;
        Future<Neo4jLogin> embeddedNeo4j =
            neo4j == null ? parallel.submit(() -> embeddedNeo4j(started)) : null;
        if (embeddedJdbc != null) {
          jdbc = await(embeddedJdbc);
          postgresVersion = ServerProbes.postgres(jdbc, "the password file " + jdbc.passwordFile());
        }
        if (embeddedNeo4j != null) {
          neo4j = await(embeddedNeo4j);
          graphInfo = ServerProbes.neo4j(neo4j, "the password file in " + settings.dataDir());
        }
      }
      return new Servers(neo4j, jdbc, graphInfo, postgresVersion, started);
    } catch (RuntimeException e) {
      Servers.stopAll(started);
      throw e;
    }
  }

  private static <T> T await(Future<T> starting) {
    try {
      return starting.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the servers", e);
    }
  }

  private Neo4jLogin externalNeo4j() {
    ServerSettings.Neo4j neo4j = settings.neo4j();
    String password = neo4j.password() == null ? "" : neo4j.password();
    return new Neo4jLogin(neo4j.uri(), neo4j.user(), password, null);
  }

  private JdbcLogin externalJdbc() {
    ServerSettings.Jdbc jdbc = settings.jdbc();
    return new JdbcLogin(
        jdbc.url(),
        jdbc.user() == null ? "" : jdbc.user(),
        jdbc.password() == null ? "" : jdbc.password(),
        null);
  }

  private Neo4jLogin embeddedNeo4j(List<AutoCloseable> started) {
    ServerSettings.Neo4j neo4j = settings.neo4j();
    EmbeddedNeo4j server =
        EmbeddedNeo4j.start(
            EmbeddedNeo4jConfig.defaults(settings.dataDir().resolve("neo4j"))
                .withPorts(neo4j.boltPort(), neo4j.httpPort())
                .withMemory(neo4j.heap(), neo4j.pageCache()));
    started.add(server);
    return new Neo4jLogin(server.boltUri(), server.user(), server.password(), server.browserUrl());
  }

  private JdbcLogin embeddedPostgres(List<AutoCloseable> started) {
    EmbeddedPostgresServer server =
        EmbeddedPostgresServer.start(
            EmbeddedPostgresConfig.defaults(settings.dataDir().resolve("postgres"))
                .withPort(settings.jdbc().port()));
    started.add(server);
    return new JdbcLogin(
        server.jdbcUrl(),
        server.user(),
        server.password(),
        settings.dataDir().resolve("postgres").resolve("password").toAbsolutePath().toString());
  }
}
