package io.nexusgraph.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the harness keeps its servers' data: under the module's target/, one folder per JVM. */
final class TestData {

  private TestData() {}

  static Path directory(String server) {
    Path dir =
        Path.of("target", "nexus-test-servers", server + "-" + ProcessHandle.current().pid());
    try {
      return Files.createDirectories(dir).toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
