package io.nexusgraph.bench.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code sql/<name>.sql} file of the benchmark's SQL approach, loaded from the classpath.
 * Statements end with a {@code ;} at the end of a line; lines starting with {@code --} are
 * comments. Values are JDBC parameters ({@code ?}), never part of the text.
 */
record SqlFile(String name, List<String> statements) {

  SqlFile {
    statements = List.copyOf(statements);
  }

  static SqlFile load(String name) {
    String resource = "sql/" + name + ".sql";
    try (InputStream in = SqlFile.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("SQL file " + resource + " is not on the classpath");
      }
      return new SqlFile(name, split(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  String single() {
    if (statements.size() != 1) {
      throw new IllegalStateException(
          "sql/" + name + ".sql holds " + statements.size() + " statements, expected 1");
    }
    return statements.getFirst();
  }

  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      if (trimmed.endsWith(";")) {
        current.append(trimmed, 0, trimmed.length() - 1);
        out.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(trimmed).append('\n');
      }
    }
    if (!current.isEmpty()) {
      out.add(current.toString().strip());
    }
    return out;
  }
}
