package io.nexusgraph.api.eventlog;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows for one table through {@code COPY ... FROM STDIN} (text format, UTF-8) on the caller's
 * connection and transaction. One statement carries all rows, so the per-row cost is the table's
 * own (its index entries), not a statement's. The {@code COPY} starts with the first row, so a
 * table without rows costs no round trip. Values are strings or null ({@code \N}); backslash, tab,
 * newline and carriage return are escaped. Rows are encoded straight into one reused byte buffer
 * (no writer chain with a lock per call: this runs for every value posted).
 */
final class CopyRows implements AutoCloseable {

  private static final int BUFFER = 1 << 16;

  private final Connection connection;
  private final String sql;
  private final byte[] buffer = new byte[BUFFER];
  private int length;
  private OutputStream out;
  private long rows;

  CopyRows(Connection connection, String table, String columns) {
    this.connection = connection;
    this.sql = "COPY " + table + " (" + columns + ") FROM STDIN";
  }

  /** Writes one row, its values in the order of the columns. */
  void row(String... values) throws SQLException, IOException {
    if (out == null) {
      out = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql);
    }
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        put('\t');
      }
      value(values[i]);
    }
    put('\n');
    rows++;
  }

  long rows() {
    return rows;
  }

  /** Ends the {@code COPY}: the rows are then in the table (visible when the caller commits). */
  @Override
  public void close() throws IOException {
    if (out != null) {
      OutputStream o = out;
      out = null;
      o.write(buffer, 0, length);
      length = 0;
      o.close();
    }
  }

  private void value(String v) throws IOException {
    if (v == null) {
      put('\\');
      put('N');
      return;
    }
    // UTF-8 continuation and lead bytes are all >= 0x80, so escaping byte-wise is exact.
    byte[] bytes = v.getBytes(StandardCharsets.UTF_8);
    int from = 0;
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == '\\' || b == '\t' || b == '\n' || b == '\r') {
        append(bytes, from, i - from);
        put('\\');
        put(b == '\\' ? '\\' : b == '\t' ? 't' : b == '\n' ? 'n' : 'r');
        from = i + 1;
      }
    }
    append(bytes, from, bytes.length - from);
  }

  private void append(byte[] bytes, int from, int count) throws IOException {
    if (length + count > BUFFER) {
      out.write(buffer, 0, length);
      length = 0;
      if (count > BUFFER) {
        out.write(bytes, from, count);
        return;
      }
    }
    System.arraycopy(bytes, from, buffer, length, count);
    length += count;
  }

  private void put(int b) throws IOException {
    if (length == BUFFER) {
      out.write(buffer, 0, length);
      length = 0;
    }
    buffer[length++] = (byte) b;
  }
}
