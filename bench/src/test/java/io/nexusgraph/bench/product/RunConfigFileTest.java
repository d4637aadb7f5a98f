package io.nexusgraph.bench.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexusgraph.bench.data.DataSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunConfigFileTest {

  @Test
  void namesOneSourcePerExportFolderWithAbsolutePaths(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("it's-small");
    DataSet data =
        new DataSet(
            dir, Map.of("stripe", 3L, "gmail", 5L), dir.resolve("ground-truth.csv"), true, 0);
    String abs = dir.toAbsolutePath().toString().replace("'", "''");

    Path file = RunConfigFile.write(data, tmp.resolve("run.yml"));

    assertThat(Files.readString(file))
        .isEqualTo(
            """
            # Written by nexus-bench for it's-small: one source per generated export folder.
            sources:
              - type: gmail
                settings:
                  paths: '%s/gmail'
              - type: stripe
                settings:
                  paths: '%s/stripe'
            """
                .formatted(abs, abs));
  }

  @Test
  void aCommaInThePathIsRefused(@TempDir Path tmp) {
    Path dir = tmp.resolve("a,b");
    DataSet data = new DataSet(dir, Map.of("gmail", 1L), dir.resolve("truth.csv"), true, 0);

    assertThatThrownBy(() -> RunConfigFile.render(data))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a,b/gmail")
        .hasMessageContaining("--data-dir");
  }

  @Test
  void namesTheNightsSourceAndItsFolder(@TempDir Path tmp) throws IOException {
    Path folder = tmp.resolve("nightly").resolve("segment");
    String abs = folder.toAbsolutePath().toString().replace("'", "''");

    Path file = RunConfigFile.write("segment-increment", "segment", folder, tmp.resolve("n.yml"));

    assertThat(Files.readString(file))
        .isEqualTo(
            """
            # Written by nexus-bench: the next night's new records.
            sources:
              - name: segment-increment
                type: segment
                settings:
                  paths: '%s'
            """
                .formatted(abs));
  }
}
