package io.nexusgraph.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Scratch directories under the data directory, so no server leaves files in /tmp. */
public final class Directories {

  private Directories() {}

  static void recreate(Path dir) throws IOException {
    deleteQuietly(dir);
    Files.createDirectories(dir);
  }

  public static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(Directories::deleteOne);
    } catch (IOException e) {
      // Scratch space only: leftovers are removed at the next start.
    }
  }

  private static void deleteOne(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // See deleteQuietly.
    }
  }
}
