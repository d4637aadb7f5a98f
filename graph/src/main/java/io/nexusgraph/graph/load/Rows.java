package io.nexusgraph.graph.load;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** Helpers to build UNWIND parameter rows (maps that may hold nulls). */
final class Rows {

  private Rows() {}

  /** A row from alternating keys and values; null values become Cypher nulls. */
  static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>(keysAndValues.length);
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }

  /** A Neo4j DateTime in UTC; the driver has no mapping for Instant. */
  static ZonedDateTime utc(Instant instant) {
    return instant.atZone(ZoneOffset.UTC);
  }
}
