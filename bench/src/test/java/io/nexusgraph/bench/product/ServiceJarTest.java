package io.nexusgraph.bench.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceJarTest {

  @Test
  void commandIsJavaJarWithTheNeo4jDistribution() {
    ServiceJar jar =
        new ServiceJar(
            Path.of("/jdk/bin/java"),
            Path.of("/r/nexus-api.jar"),
            Path.of("/n4j"),
            List.of("-XX:+UseCompactObjectHeaders"),
            List.of("-XX:+UseZGC"));

    assertThat(jar.command("run", "--config", "/w/run.yml"))
        .containsExactly(
            "/jdk/bin/java",
            "-XX:+UseCompactObjectHeaders",
            "-Dnexus.neo4j.home=/n4j",
            "-jar",
            "/r/nexus-api.jar",
            "run",
            "--config",
            "/w/run.yml");
  }

  @Test
  void serveGetsTheServeOptionsAfterEveryCommandsOptions() {
    ServiceJar jar =
        new ServiceJar(
            Path.of("/jdk/bin/java"),
            Path.of("/r/nexus-api.jar"),
            Path.of("/n4j"),
            List.of("-XX:+UseCompactObjectHeaders"),
            List.of("-XX:+UseZGC", "-Xmx1g"));

    assertThat(jar.command("serve"))
        .containsExactly(
            "/jdk/bin/java",
            "-XX:+UseCompactObjectHeaders",
            "-XX:+UseZGC",
            "-Xmx1g",
            "-Dnexus.neo4j.home=/n4j",
            "-jar",
            "/r/nexus-api.jar",
            "serve");
  }

  @Test
  void theOptionsFileHasOneOptionPerLineWithComments(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("serve.options");
    Files.writeString(file, "# why\n\n-XX:+UseZGC\n  -Xmx1g  \n# more\n");

    assertThat(ServiceJar.options(file)).containsExactly("-XX:+UseZGC", "-Xmx1g");
  }

  @Test
  void theRepositoryServesWithZgc() {
    assertThat(ServiceJar.options(Path.of("..").resolve(ServiceJar.SERVE_OPTIONS)))
        .containsExactly("-XX:+UseZGC");
  }

  @Test
  void theRepositoryRunsEveryCommandWithCompactObjectHeaders() {
    assertThat(ServiceJar.options(Path.of("..").resolve(ServiceJar.JAVA_OPTIONS)))
        .containsExactly("-XX:+UseCompactObjectHeaders");
  }

  @Test
  void aMissingJarSaysHowToBuildIt(@TempDir Path tmp) {
    assertThatThrownBy(
            () ->
                ServiceJar.locate(
                    tmp.resolve("nexus-api.jar"),
                    ServiceJar.JAVA_OPTIONS,
                    ServiceJar.SERVE_OPTIONS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no service jar at " + tmp.resolve("nexus-api.jar"))
        .hasMessageContaining("./mvnw -B -q -pl api -am package -DskipTests")
        .hasMessageContaining("--no-api");
  }
}
