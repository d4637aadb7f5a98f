package io.nexusgraph.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 cluster (zonky binaries) in the data directory, on loopback only, with
 * password authentication (scram-sha-256) for every connection and a database named {@value
 * #DATABASE}. The cluster survives restarts. The JVM running it holds the home's {@link OwnerLock},
 * so a second process on the same data directory is refused, and a postmaster orphaned by a killed
 * JVM is stopped at the next start ({@link OrphanedPostmaster}).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  public static final String DATABASE = "nexus";
  public static final String USER = "postgres";

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  private final EmbeddedPostgres postgres;
  private final OwnerLock owner;
  private final String password;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, OwnerLock owner, String password) {
    this.postgres = postgres;
    this.owner = owner;
    this.password = password;
  }

  /** Starts the cluster (creating it on first use) and waits until it accepts connections. */
  public static EmbeddedPostgresServer start(EmbeddedPostgresConfig config) {
    Path home = config.home().toAbsolutePath();
    Path passwordFile = home.resolve("password");
    String password = Secrets.readOrCreate(passwordFile);
    OwnerLock owner = OwnerLock.take(home.resolve("owner.lock"), "Embedded PostgreSQL");
    try {
      OrphanedPostmaster.stopIfAny(home.resolve("pgdata"), config.startTimeout());
      int port = Ports.orFree(config.port());
      Ports.requireFree("Embedded PostgreSQL", port, "NEXUS_PG_PORT");
      return new EmbeddedPostgresServer(start(config, home, port, password), owner, password);
    } catch (RuntimeException e) {
      owner.close();
      throw e;
    }
  }

  private static EmbeddedPostgres start(
      EmbeddedPostgresConfig config, Path home, int port, String password) {
    Path passwordFile = home.resolve("password");
    try {
      Files.createDirectories(home.resolve("runtime"));
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(home.resolve("pgdata"))
              .setCleanDataDirectory(false)
              .setOverrideWorkingDirectory(home.resolve("runtime").toFile())
              .setPort(port)
              .setRegisterShutdownHook(false)
              .setPGStartupWait(config.startTimeout())
              // initdb: password authentication everywhere, the generated superuser password.
              .setLocaleConfig("auth-host", "scram-sha-256")
              .setLocaleConfig("auth-local", "scram-sha-256")
              .setLocaleConfig("pwfile", passwordFile.toString())
              .setServerConfig("listen_addresses", "127.0.0.1")
              // zonky tunes for throwaway test clusters (-F, no synchronous commit); this
              // cluster keeps the final tables, so make it crash-safe again.
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("unix_socket_directories", "")
              // Sized for the event log's writes (see EmbeddedPostgresConfig); durability as above.
              .setServerConfig("shared_buffers", config.sharedBuffers())
              .setServerConfig("max_wal_size", config.maxWalSize())
              .setServerConfig("checkpoint_timeout", config.checkpointTimeout().toSeconds() + "s")
              .setConnectConfig("password", password)
              .setOutputRedirector(Redirect.appendTo(logFile(home)))
              .setErrorRedirector(Redirect.appendTo(logFile(home)))
              .start();
      String version = prepareDatabase(postgres.getPostgresDatabase());
      LOG.info("Embedded PostgreSQL {} ready on 127.0.0.1:{} (home {})", version, port, home);
      return postgres;
    } catch (IOException | SQLException e) {
      throw new ServerStartException(
          "Embedded PostgreSQL did not start on 127.0.0.1:"
              + port
              + " ("
              + e.getMessage()
              + "): see "
              + logFile(home),
          e);
    }
  }

  private static File logFile(Path home) {
    return home.resolve("postgres.log").toFile();
  }

  private static String prepareDatabase(DataSource admin) throws SQLException {
    try (Connection connection = admin.getConnection()) {
      boolean exists;
      try (PreparedStatement query =
          connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
        query.setString(1, DATABASE);
        try (ResultSet rows = query.executeQuery()) {
          exists = rows.next();
        }
      }
      try (Statement statement = connection.createStatement()) {
        if (!exists) {
          statement.execute("CREATE DATABASE " + DATABASE);
        }
        try (ResultSet rows = statement.executeQuery("SHOW server_version")) {
          rows.next();
          return rows.getString(1);
        }
      }
    }
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
  }

  public String user() {
    return USER;
  }

  public String password() {
    return password;
  }

  /** Stops the cluster (fast shutdown); its data stays. */
  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
    } finally {
      owner.close();
    }
  }
}
