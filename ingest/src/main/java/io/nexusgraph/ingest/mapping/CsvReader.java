package io.nexusgraph.ingest.mapping;

import io.nexusgraph.ingest.source.Checkpoint.FileMark;
import io.nexusgraph.ingest.source.LineReader;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV in constant memory: quoted fields may contain delimiters, doubled quotes and line
 * breaks. Each record reports its first line and byte offset; a malformed record is reported with
 * its problem instead of fields, and reading continues with the next line.
 */
final class CsvReader implements Closeable {
  static final int MAX_RECORD_LINES = 1000;

  /** A record: {@code fields}, or {@code problem} when it cannot be parsed. */
  record Row(List<String> fields, String problem, String raw, long line, long byteOffset) {}

  private final LineReader lines;
  private final char delimiter;

  CsvReader(Path file, FileMark from, char delimiter) {
    this.lines = new LineReader(file, from);
    this.delimiter = delimiter;
  }

  Row next() {
    LineReader.Line first = lines.next();
    while (first != null && first.text().isEmpty()) {
      first = lines.next();
    }
    if (first == null) {
      return null;
    }
    StringBuilder raw = new StringBuilder(first.text());
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    String text = first.text();
    int i = 0;
    int consumedLines = 1;
    boolean quoted = false;
    boolean afterQuote = false;
    while (true) {
      if (i == text.length()) {
        if (!quoted) {
          fields.add(field.toString());
          return new Row(fields, null, raw.toString(), first.number(), first.byteOffset());
        }
        LineReader.Line more = consumedLines < MAX_RECORD_LINES ? lines.next() : null;
        if (more == null) {
          return problem("unterminated quoted field", raw, first);
        }
        consumedLines++;
        field.append('\n');
        raw.append('\n').append(more.text());
        text = more.text();
        i = 0;
        continue;
      }
      char c = text.charAt(i++);
      if (quoted) {
        if (c == '"') {
          if (i < text.length() && text.charAt(i) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          field.append(c);
        }
      } else if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
        afterQuote = false;
      } else if (afterQuote) {
        return problem("text after a closing quote", raw, first);
      } else if (c == '"') {
        if (!field.isEmpty()) {
          return problem("quote inside an unquoted field", raw, first);
        }
        quoted = true;
      } else {
        field.append(c);
      }
    }
  }

  FileMark mark() {
    return lines.mark();
  }

  private static Row problem(String why, StringBuilder raw, LineReader.Line first) {
    return new Row(null, why, raw.toString(), first.number(), first.byteOffset());
  }

  @Override
  public void close() {
    lines.close();
  }
}
