package io.nexusgraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A PostgreSQL left running on the data directory by a JVM that was killed is stopped at the next
 * start; a data directory whose server another live process runs is refused with a clear message.
 */
class OrphanedPostmasterIT {

  private final Path home = ItDirectories.fresh("orphan").toAbsolutePath();

  @AfterEach
  void cleanUp() {
    Directories.deleteQuietly(home);
  }

  @Test
  void aServerLeftByAKilledJvmIsStoppedAndTheNextStartGoesOn() throws Exception {
    Process jvm =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                OrphanMaker.class.getName(),
                home.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.equals("STARTED")) {
        // the child's log lines
      }
      assertThat(line).as("the child JVM started its server").isEqualTo("STARTED");
    }
    jvm.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    long orphan = postmasterPid();
    assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

    try (EmbeddedPostgresServer next =
            EmbeddedPostgresServer.start(EmbeddedPostgresConfig.defaults(home).withPort(0));
        Connection c = DriverManager.getConnection(next.jdbcUrl(), next.user(), next.password());
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT 1")) {
      assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
      assertThat(postmasterPid()).isNotEqualTo(orphan);
      assertThat(rows.next()).isTrue();
    }
  }

  @Test
  void aDataDirectoryInUseByALiveProcessIsRefusedAndItsServerLeftAlone() throws IOException {
    EmbeddedPostgresConfig config = EmbeddedPostgresConfig.defaults(home).withPort(0);
    try (EmbeddedPostgresServer running = EmbeddedPostgresServer.start(config)) {
      long pid = postmasterPid();

      assertThatThrownBy(() -> EmbeddedPostgresServer.start(config))
          .isInstanceOf(ServerStartException.class)
          .hasMessage(
              "Embedded PostgreSQL: its data directory "
                  + home
                  + " is in use by another running Nexus Graph process (pid "
                  + ProcessHandle.current().pid()
                  + "): stop that process first, or give this one another NEXUS_DATA_DIR.");
      assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);
    }
  }

  private long postmasterPid() throws IOException {
    return Long.parseLong(
        Files.readAllLines(home.resolve("pgdata").resolve("postmaster.pid")).getFirst().strip());
  }
}
