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
      if (path.contains(",")) {
        throw new IllegalArgumentException(
            "the data folder "
                + path
                + " has a comma in its path, which a run config reads as a list separator:"
                + " choose another --data-dir");
      }
      yaml.append("  - type: ")
          .append(source)
          .append("\n    settings:\n      paths: ")
          .append(quoted(path))
          .append('\n');
    }
    return yaml.toString();
  }

  static Path write(DataSet data, Path file) {
    try {
      Files.writeString(file, render(data));
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
