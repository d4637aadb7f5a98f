package io.nexusgraph.ingest.source;

/**
 * Where a record came from, precise enough to find it again: a file with line (1-based) and byte
 * offset, or a record id (array element, database key).
 *
 * @param file file name or query name, never null
 * @param line 1-based line for line-oriented files, 0 otherwise
 * @param byteOffset offset of the record's first byte, -1 when unknown
 * @param recordId the record's id or element index when there is no line, else null
 */
public record SourcePosition(String file, long line, long byteOffset, String recordId) {
  public static SourcePosition line(String file, long line, long byteOffset) {
    return new SourcePosition(file, line, byteOffset, null);
  }

  public static SourcePosition record(String file, String recordId) {
    return new SourcePosition(file, 0, -1, recordId);
  }

  /** {@code file:line} or {@code file#recordId}: the location stored with rejects. */
  public String location() {
    return line > 0 ? file + ":" + line : file + "#" + recordId;
  }
}
