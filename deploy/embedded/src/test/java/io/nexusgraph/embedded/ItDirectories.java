package io.nexusgraph.embedded;

import java.nio.file.Path;
import java.util.UUID;

/** Fresh data directories under target/, so test servers leave nothing in /tmp. */
final class ItDirectories {

  private ItDirectories() {}

  static Path fresh(String name) {
    return Path.of("target", "embedded-it", name + "-" + UUID.randomUUID()).toAbsolutePath();
  }
}
