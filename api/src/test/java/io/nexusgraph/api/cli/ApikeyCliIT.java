package io.nexusgraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.testkit.Neo4jConnection;
import io.nexusgraph.testkit.NexusServers;
import io.nexusgraph.testkit.PostgresConnection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code nexus apikey} from the packaged jar, in a process of its own, against the test servers.
 */
@ExtendWith(NexusServers.class)
class ApikeyCliIT {

  private static final Path JAR = Path.of("target", "nexus-api.jar");

  private final DataSource database;
  private Map<String, String> env;

  ApikeyCliIT(DataSource database) {
    this.database = database;
  }

  @BeforeEach
  void servers(Neo4jConnection neo4j, PostgresConnection postgres) {
    env =
        Map.of(
            "NEXUS_NEO4J_URI", neo4j.uri(),
            "NEXUS_NEO4J_PASSWORD", neo4j.password(),
            "NEXUS_JDBC_URL", postgres.jdbcUrl(),
            "NEXUS_JDBC_USER", postgres.user(),
            "NEXUS_JDBC_PASSWORD", postgres.password());
  }

  @AfterEach
  void cleanUp() throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement delete =
            connection.prepareStatement(
                // The table exists once a nexus process has migrated the database.
                "DO $$ BEGIN IF to_regclass('api_keys') IS NOT NULL THEN"
                    + " DELETE FROM api_keys WHERE name LIKE 'cli-it%'; END IF; END $$")) {
      delete.execute();
    }
  }

  @Test
  void createPrintsTheKeyOnceListShowsItWithoutSecretRevokeRevokesIt() throws Exception {
    Result created = run("apikey", "create", "--name", "cli-it ci", "--scopes", "read,write");

    assertThat(created.exitCode()).isZero();
    assertThat(created.stdout()).hasSize(1);
    String key = created.stdout().getFirst();
    assertThat(key).matches("nxk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
    String keyId = key.substring(4, 20);
    assertThat(created.stderr())
        .contains(
            "Created API key "
                + keyId
                + " (cli-it ci) with scopes read,write. It is shown once; store it now:")
        .noneMatch(line -> line.contains(key.substring(21)));
    assertThat(storedHash(keyId)).isEqualTo(sha256(key));

    Result listed = run("apikey", "list");
    assertThat(listed.exitCode()).isZero();
    assertThat(listed.stdout().getFirst()).startsWith("KEY ID            NAME");
    assertThat(listed.stdout())
        .anyMatch(line -> line.matches(keyId + " +cli-it ci +read,write +\\S+Z +-"))
        .noneMatch(line -> line.contains(key.substring(21)));

    Result revoked = run("apikey", "revoke", keyId);
    assertThat(revoked.exitCode()).isZero();
    assertThat(revoked.stdout())
        .singleElement()
        .asString()
        .startsWith("Revoked API key " + keyId + " at ");
    assertThat(run("apikey", "list").stdout())
        .anyMatch(line -> line.matches(keyId + " +cli-it ci +read,write +\\S+Z +\\S+Z"));
  }

  @Test
  void revokingAnUnknownKeyIsExitCode1() throws Exception {
    Result result = run("apikey", "revoke", "0123456789abcdef");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderr())
        .contains("nexus: no API key 0123456789abcdef; `nexus apikey list` shows the keys.");
  }

  @Test
  void anUnknownScopeIsAUsageErrorBeforeAnyServerStarts() throws Exception {
    Result result = run("apikey", "create", "--name", "cli-it bad", "--scopes", "read,root");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr().getFirst())
        .isEqualTo(
            "Invalid value for option '--scopes' (<scopes>): unknown scope 'root': use read,"
                + " write, admin (admin implies write implies read)");
  }

  private String storedHash(String keyId) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT key_hash FROM api_keys WHERE key_id = ?")) {
      query.setString(1, keyId);
      try (ResultSet rows = query.executeQuery()) {
        assertThat(rows.next()).isTrue();
        return rows.getString(1);
      }
    }
  }

  private static String sha256(String text) throws Exception {
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    return "sha256:" + HexFormat.of().formatHex(digest);
  }

  private Result run(String... args) throws IOException, InterruptedException {
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
