package io.nexusgraph.api.eventlog;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows for one table through {@code COPY ... FROM STDIN} (text format) on the caller's connection
 * and transaction. One statement carries all rows, so the per-row cost is the table's own (index
 * entries, the foreign-key check), not a statement's. The {@code COPY} starts with the first row,
 * so a table without rows costs no round trip. Values are strings or null ({@code \N}); backslash,
 * tab, newline and carriage return are escaped.
 */
final class CopyRows implements AutoCloseable {

  private final Connection connection;
  private final String sql;
  private Writer out;
  private long rows;

  CopyRows(Connection connection, String table, String columns) {
    this.connection = connection;
    this.sql = "COPY " + table + " (" + columns + ") FROM STDIN";
  }

  /** Writes one row, its values in the order of the columns. */
  void row(String... values) throws SQLException, IOException {
    if (out == null) {
      PGConnection pg = connection.unwrap(PGConnection.class);
      out =
          new BufferedWriter(
              new OutputStreamWriter(new PGCopyOutputStream(pg, sql), StandardCharsets.UTF_8),
              1 << 16);
    }
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.write('\t');
      }
      write(values[i]);
    }
    out.write('\n');
    rows++;
  }

  long rows() {
    return rows;
  }

  /** Ends the {@code COPY}: the rows are then in the table (visible when the caller commits). */
  @Override
  public void close() throws IOException {
    if (out != null) {
      Writer w = out;
      out = null;
      w.close();
    }
  }

  private void write(String v) throws IOException {
    if (v == null) {
      out.write("\\N");
      return;
    }
    int n = v.length();
    int i = 0;
    while (i < n && !special(v.charAt(i))) {
      i++;
    }
    if (i == n) {
      out.write(v);
      return;
    }
    out.write(v, 0, i);
    for (; i < n; i++) {
      char ch = v.charAt(i);
      switch (ch) {
        case '\\' -> out.write("\\\\");
        case '\t' -> out.write("\\t");
        case '\n' -> out.write("\\n");
        case '\r' -> out.write("\\r");
        default -> out.write(ch);
      }
    }
  }

  private static boolean special(char ch) {
    return ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r';
  }
}
