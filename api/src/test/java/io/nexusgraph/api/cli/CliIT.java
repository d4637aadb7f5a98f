package io.nexusgraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.testkit.Neo4jConnection;
import io.nexusgraph.testkit.NexusServers;
import io.nexusgraph.testkit.PostgresConnection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs the packaged {@code nexus-api.jar} as a user would, in a process of its own. */
@ExtendWith(NexusServers.class)
class CliIT {

  private static final Path JAR = Path.of("target", "nexus-api.jar");

  @Test
  void versionPrintsTheBuildVersion() throws Exception {
    Result result = run(Map.of(), "--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).containsExactly("Nexus Graph 0.1.0-SNAPSHOT");
  }

  @Test
  void withoutASubcommandItPrintsTheUsageLikeHelp() throws Exception {
    Result bare = run(Map.of());
    Result help = run(Map.of(), "--help");

    assertThat(bare.exitCode()).isZero();
    assertThat(bare.stdout()).isEqualTo(help.stdout()).contains("Commands:");
  }

  @Test
  void anUnreachableNeo4jIsOneClearLineAndExitCode2() throws Exception {
    Result result = run(Map.of("NEXUS_NEO4J_URI", "bolt://127.0.0.1:1"), "serve");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr())
        .containsExactly(
            "nexus: Neo4j at bolt://127.0.0.1:1 is unreachable (Connection refused): check"
                + " NEXUS_NEO4J_URI and that the server runs and accepts Bolt connections.");
  }

  @Test
  void aWrongNeo4jPasswordNamesTheSettingsToCheck(Neo4jConnection neo4j) throws Exception {
    Result result =
        run(
            Map.of("NEXUS_NEO4J_URI", neo4j.uri(), "NEXUS_NEO4J_PASSWORD", "wrong-password"),
            "status");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr())
        .containsExactly(
            "nexus: Neo4j at "
                + neo4j.uri()
                + " rejected the login of user 'neo4j': check NEXUS_NEO4J_USER and"
                + " NEXUS_NEO4J_PASSWORD.");
  }

  @Test
  void aWrongPostgresPasswordNamesTheSettingsToCheck(
      Neo4jConnection neo4j, PostgresConnection postgres) throws Exception {
    Result result =
        run(
            Map.of(
                "NEXUS_NEO4J_URI", neo4j.uri(),
                "NEXUS_NEO4J_PASSWORD", neo4j.password(),
                "NEXUS_JDBC_URL", postgres.jdbcUrl(),
                "NEXUS_JDBC_USER", postgres.user(),
                "NEXUS_JDBC_PASSWORD", "wrong-password"),
            "status");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr())
        .containsExactly(
            "nexus: PostgreSQL at "
                + postgres.jdbcUrl()
                + " rejected the login of user 'postgres': check NEXUS_JDBC_USER and"
                + " NEXUS_JDBC_PASSWORD.");
  }

  @Test
  void aBadRunScheduleStopsServeWithOneClearLineAndExitCode2(
      Neo4jConnection neo4j, PostgresConnection postgres) throws Exception {
    Map<String, String> env = new HashMap<>(externalServers(neo4j, postgres));
    env.put("NEXUS_RUN_SCHEDULE", "0 2 * *");

    Result result = run(env, "serve");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr())
        .containsExactly(
            "nexus: nexus.run.schedule (NEXUS_RUN_SCHEDULE): '0 2 * *' is not a cron expression"
                + " (Invalid cron expression [0 2 * *], expected 5 or 6 fields, got 4); e.g."
                + " '0 2 * * *' for 02:00 every day");
  }

  @Test
  void statusAgainstExternalServersPrintsVersionsAndCounts(
      Neo4jConnection neo4j, PostgresConnection postgres) throws Exception {
    Result result = run(externalServers(neo4j, postgres), "status");

    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout())
        .contains("Versions", "Neo4j nodes", "PostgreSQL rows")
        .anyMatch(line -> line.matches("  gds +2\\.26\\.0"))
        .anyMatch(line -> line.matches("  persons +\\d+"));
  }

  /** The variables that point a command at the test harness's servers. */
  private static Map<String, String> externalServers(
      Neo4jConnection neo4j, PostgresConnection postgres) {
    return Map.of(
        "NEXUS_NEO4J_URI", neo4j.uri(),
        "NEXUS_NEO4J_PASSWORD", neo4j.password(),
        "NEXUS_JDBC_URL", postgres.jdbcUrl(),
        "NEXUS_JDBC_USER", postgres.user(),
        "NEXUS_JDBC_PASSWORD", postgres.password());
  }

  private static Result run(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(name -> name.startsWith("NEXUS_"));
    builder.environment().put("NEXUS_DATA_DIR", Path.of("target", "cli-it-data").toString());
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("nexus did not exit");
    }
    return new Result(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8).lines().toList(),
        new String(err, StandardCharsets.UTF_8).lines().toList());
  }

  private record Result(int exitCode, List<String> stdout, List<String> stderr) {}
}
