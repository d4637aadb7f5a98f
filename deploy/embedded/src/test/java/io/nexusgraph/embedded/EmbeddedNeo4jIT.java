package io.nexusgraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmbeddedNeo4jIT {

  private final Path home = ItDirectories.fresh("neo4j");

  @AfterEach
  void cleanUp() {
    Directories.deleteQuietly(home);
  }

  @Test
  void keepsDataAndPasswordAcrossRestartsAndStopsItsProcess() throws Exception {
    EmbeddedNeo4jConfig config =
        EmbeddedNeo4jConfig.defaults(home).withPorts(0, 0).withMemory("512m", "64m");
    String password;
    long pid;
    try (EmbeddedNeo4j first = EmbeddedNeo4j.start(config)) {
      password = first.password();
      pid = first.pid();
      HttpCypher.run(first, "CREATE (:RestartProbe {n: 42})");
    }

    assertThat(isAlive(pid)).isFalse();
    assertThat(Files.getPosixFilePermissions(home.resolve("password")))
        .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    assertThat(home.resolve("tmp")).doesNotExist();
    try (EmbeddedNeo4j second = EmbeddedNeo4j.start(config)) {
      assertThat(second.password()).isEqualTo(password);
      assertThat(HttpCypher.run(second, "MATCH (p:RestartProbe) RETURN p.n AS n"))
          .contains("\"values\":[[42]]");
      assertThat(HttpCypher.browserStatus(second)).isEqualTo(200);
    }
  }

  /**
   * The build trained the distribution's AOT cache, and a server JVM (with compact object headers,
   * whose cache must have been made with them) maps it without complaint.
   */
  @Test
  void theServerJvmUsesTheAotCacheTheBuildTrained() throws Exception {
    EmbeddedNeo4jConfig config =
        EmbeddedNeo4jConfig.defaults(home).withPorts(0, 0).withMemory("512m", "64m");
    assertThat(AotCache.upToDate(config.distribution())).isTrue();

    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(config)) {
      assertThat(ProcessHandle.of(neo4j.pid()).orElseThrow().info().arguments().orElseThrow())
          .contains(
              "-XX:AOTCache=" + AotCache.file(config.distribution()),
              "-XX:+UseCompactObjectHeaders");
    }
    assertThat(Files.readAllLines(home.resolve("logs").resolve("console.log")))
        .noneMatch(line -> line.contains("[aot]"));
  }

  /**
   * The restart around an offline tool does not set the password again (the system database keeps
   * it): the same password still opens the server afterwards, which ran the tool while stopped.
   */
  @Test
  void restartAroundRunsTheToolWhileStoppedAndKeepsThePassword() throws Exception {
    EmbeddedNeo4jConfig config =
        EmbeddedNeo4jConfig.defaults(home).withPorts(0, 0).withMemory("512m", "64m");
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(config)) {
      HttpCypher.run(neo4j, "CREATE (:RestartProbe {n: 7})");
      long before = neo4j.pid();
      boolean[] stoppedDuringTool = new boolean[1];

      neo4j.restartAround(() -> stoppedDuringTool[0] = !isAlive(before));

      assertThat(stoppedDuringTool[0]).isTrue();
      assertThat(neo4j.pid()).isNotEqualTo(before);
      assertThat(HttpCypher.run(neo4j, "MATCH (p:RestartProbe) RETURN p.n AS n"))
          .contains("\"values\":[[7]]");
    }
  }

  @Test
  void theServerStopsByItselfWhenItsParentDies() throws Exception {
    Process parent =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ParentProbe.class.getName(),
                home.toString())
            .redirectErrorStream(true)
            .start();
    long child = -1;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(ParentProbe.PREFIX)) {
          child = Long.parseLong(line.substring(ParentProbe.PREFIX.length()).strip());
          break;
        }
      }
      assertThat(child).as("the parent printed its server's pid").isPositive();
      assertThat(isAlive(child)).isTrue();

      parent.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    // A generous bound for the server to notice and stop; not a speed assertion.
    ProcessHandle.of(child)
        .ifPresent(
            server -> server.onExit().completeOnTimeout(server, 60, TimeUnit.SECONDS).join());
    assertThat(isAlive(child)).as("server %d outlived its parent", child).isFalse();
  }

  private static boolean isAlive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}
