package io.nexusgraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresServerIT {

  private final Path home = ItDirectories.fresh("postgres");

  @AfterEach
  void cleanUp() {
    Directories.deleteQuietly(home);
  }

  @Test
  void keepsDataAndPasswordAcrossRestarts() throws Exception {
    EmbeddedPostgresConfig config = EmbeddedPostgresConfig.defaults(home).withPort(0);
    String password;
    try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(config)) {
      password = first.password();
      execute(first, "CREATE TABLE restart_probe (id int PRIMARY KEY)");
      execute(first, "INSERT INTO restart_probe VALUES (42)");
    }

    assertThat(Files.getPosixFilePermissions(home.resolve("password")))
        .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(config);
        Connection connection =
            DriverManager.getConnection(second.jdbcUrl(), second.user(), second.password());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT id FROM restart_probe")) {
      assertThat(second.password()).isEqualTo(password);
      assertThat(rows.next()).isTrue();
      assertThat(rows.getInt(1)).isEqualTo(42);
    }
  }

  @Test
  void runsDurableWithTheConfiguredCacheAndCheckpoints() throws Exception {
    try (EmbeddedPostgresServer server =
        EmbeddedPostgresServer.start(EmbeddedPostgresConfig.defaults(home).withPort(0))) {
      assertThat(show(server, "fsync")).isEqualTo("on");
      assertThat(show(server, "synchronous_commit")).isEqualTo("on");
      assertThat(show(server, "shared_buffers")).isEqualTo("512MB");
      assertThat(show(server, "max_wal_size")).isEqualTo("2GB");
      assertThat(show(server, "checkpoint_timeout")).isEqualTo("15min");
    }
  }

  @Test
  void aBusyPortIsOneClearMessage() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      assertThatThrownBy(
              () ->
                  EmbeddedPostgresServer.start(
                      EmbeddedPostgresConfig.defaults(home).withPort(port)))
          .isInstanceOf(ServerStartException.class)
          .hasMessage(
              "Embedded PostgreSQL: port 127.0.0.1:"
                  + port
                  + " is in use: stop what uses it or choose another port with NEXUS_PG_PORT.");
    }
  }

  private static String show(EmbeddedPostgresServer server, String setting) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
        PreparedStatement query = connection.prepareStatement("SELECT current_setting(?)")) {
      query.setString(1, setting);
      try (ResultSet rows = query.executeQuery()) {
        assertThat(rows.next()).isTrue();
        return rows.getString(1);
      }
    }
  }

  private static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
