package io.nexusgraph.graph.load.bulk;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One input file of Neo4j's importer, written as it goes (header line first): RFC 4180 quoting with
 * the importer's defaults ({@code ,} between fields, {@code "} around every string, a quote inside
 * doubled, no backslash escapes). A null is an empty unquoted field, which the importer leaves out
 * like Cypher leaves out a null property; an empty string is {@code ""}, which it keeps. Values are
 * typed as the Bolt loader sends them: strings, booleans, doubles and date-times (ISO with offset),
 * and node ids as longs. Remembers whether any value spans lines, which the importer must be told.
 */
final class CsvFile implements Closeable {

  private static final int BUFFER = 1 << 20;

  private final Path path;
  private final BufferedWriter out;
  private long rows;
  private boolean multiline;

  CsvFile(Path path, List<String> header) {
    this.path = path;
    try {
      this.out = new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), BUFFER);
      for (int i = 0; i < header.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(header.get(i));
      }
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the import file " + path, e);
    }
  }

  void row(List<Object> values) {
    try {
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        write(values.get(i));
      }
      out.write('\n');
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the import file " + path, e);
    }
  }

  private void write(Object value) throws IOException {
    switch (value) {
      case null -> {}
      case String s -> quoted(s);
      case Boolean b -> out.write(b.toString());
      case Integer i -> out.write(Integer.toString(i));
      case Long l -> out.write(Long.toString(l));
      case Double d -> out.write(Double.toString(d));
      case ZonedDateTime t -> out.write(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t));
      default ->
          throw new IllegalArgumentException(
              "no import column type for a " + value.getClass().getName() + " value in " + path);
    }
  }

  /** The value between quotes, a quote inside doubled; written in runs, not char by char. */
  private void quoted(String s) throws IOException {
    out.write('"');
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        out.write(s, from, i + 1 - from);
        out.write('"');
        from = i + 1;
      } else if (c == '\n' || c == '\r') {
        multiline = true;
      }
    }
    out.write(s, from, s.length() - from);
    out.write('"');
  }

  Path path() {
    return path;
  }

  long rows() {
    return rows;
  }

  /** Whether some value holds a line break, so the importer must read this file multi-line. */
  boolean multiline() {
    return multiline;
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the import file " + path, e);
    }
  }
}
