package io.nexusgraph.api.projection;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams rows into one table with PostgreSQL's {@code COPY ... FROM STDIN (FORMAT csv)}, the
 * fastest way to bulk-load over JDBC. Every non-null value is quoted, so an empty string stays an
 * empty string and only an unquoted empty field is NULL.
 */
final class CopyWriter implements AutoCloseable {

  private final Writer out;
  private long rows;

  CopyWriter(Connection connection, String table, String columns) throws SQLException {
    PGConnection pg = connection.unwrap(PGConnection.class);
    String sql = "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)";
    this.out =
        new BufferedWriter(
            new OutputStreamWriter(new PGCopyOutputStream(pg, sql), StandardCharsets.UTF_8),
            1 << 16);
  }

  /** Writes one row; values are Strings, Instants or null. */
  void row(Object... values) {
    try {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        Object v = values[i];
        if (v != null) {
          String text = v instanceof Instant at ? at.toString() : v.toString();
          out.write('"');
          out.write(text.replace("\"", "\"\""));
          out.write('"');
        }
      }
      out.write('\n');
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException("COPY into the projection stage failed", e);
    }
  }

  long rows() {
    return rows;
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("COPY into the projection stage failed", e);
    }
  }
}
