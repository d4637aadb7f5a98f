package io.nexusgraph.bench.product;

import io.nexusgraph.bench.data.DataSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

/**
 * The run config (docs/run-config.md) a user would write for a generated data set: one source per
 * export folder, the folder name being the adapter type, with absolute paths.
 */
final class RunConfigFile {

  private RunConfigFile() {}

  static String render(DataSet data) {
    StringBuilder yaml =
        new StringBuilder("# Written by nexus-bench for ")
            .append(data.directory().getFileName())
            .append(": one source per generated export folder.\nsources:\n");
    for (String source : new TreeSet<>(data.recordsPerSource().keySet())) {
      String path = data.directory().resolve(source).toAbsolutePath().toString();
      yaml.append("  - type: ").append(source).append('\n');
      settings(yaml, path);
    }
    return yaml.toString();
  }

  /** A config of one source {@code name} of adapter {@code type} reading {@code folder}. */
  static String render(String name, String type, Path folder) {
    StringBuilder yaml =
        new StringBuilder("# Written by nexus-bench: the next night's new records.\nsources:\n")
            .append("  - name: ")
            .append(name)
            .append("\n    type: ")
            .append(type)
            .append('\n');
    settings(yaml, folder.toAbsolutePath().toString());
    return yaml.toString();
  }

  static Path write(DataSet data, Path file) {
    return write(render(data), file);
  }

  static Path write(String name, String type, Path folder, Path file) {
    return write(render(name, type, folder), file);
  }

  private static void settings(StringBuilder yaml, String path) {
    if (path.contains(",")) {
      throw new IllegalArgumentException(
          "the data folder "
              + path
              + " has a comma in its path, which a run config reads as a list separator:"
              + " choose another --data-dir");
    }
    yaml.append("    settings:\n      paths: ").append(quoted(path)).append('\n');
  }

  private static Path write(String yaml, Path file) {
    try {
      Files.writeString(file, yaml);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the run config " + file, e);
    }
    return file;
  }

  /** A YAML single-quoted scalar: nothing is special inside but the quote, written twice. */
  private static String quoted(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
