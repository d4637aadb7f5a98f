package io.nexusgraph.graph.load.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdminImportTest {

  @Test
  void theImporterRunsOnTheServersJvmFlagsWithItsSettings() {
    ImportTarget target =
        new ImportTarget(
            Path.of("/h"),
            Path.of("/d"),
            List.of("--enable-native-access=ALL-UNNAMED", "-XX:+UseCompactObjectHeaders"),
            Runnable::run);
    ImportSettings settings = new ImportSettings(2, "1g", "512m", Duration.ofMinutes(5));
    ImportSource nodes = new ImportSource(true, "Event", Path.of("/f/events.csv"), 3, false);

    List<String> command = AdminImport.command(target, settings, List.of(nodes), Path.of("/r"));

    assertThat(command)
        .startsWith(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g")
        .contains(
            "--enable-native-access=ALL-UNNAMED",
            "-XX:+UseCompactObjectHeaders",
            "org.neo4j.cli.AdminTool",
            "--threads=2",
            "--max-off-heap-memory=512m",
            "--report-file=/r",
            nodes.argument());
    assertThat(command.indexOf("-XX:+UseCompactObjectHeaders"))
        .isLessThan(command.indexOf("org.neo4j.cli.AdminTool"));
  }
}
