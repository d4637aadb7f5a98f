package io.nexusgraph.bench.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceJarTest {

  @Test
  void commandIsJavaJarWithTheNeo4jDistribution() {
    ServiceJar jar =
        new ServiceJar(Path.of("/jdk/bin/java"), Path.of("/r/nexus-api.jar"), Path.of("/n4j"));

    assertThat(jar.command("run", "--config", "/w/run.yml"))
        .containsExactly(
            "/jdk/bin/java",
            "-Dnexus.neo4j.home=/n4j",
            "-jar",
            "/r/nexus-api.jar",
            "run",
            "--config",
            "/w/run.yml");
  }

  @Test
  void aMissingJarSaysHowToBuildIt(@TempDir Path tmp) {
    assertThatThrownBy(() -> ServiceJar.locate(tmp.resolve("nexus-api.jar")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no service jar at " + tmp.resolve("nexus-api.jar"))
        .hasMessageContaining("./mvnw -B -q -pl api -am package -DskipTests")
        .hasMessageContaining("--no-api");
  }
}
