package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.identity.IdentifierKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;

/** Runs an {@code UNWIND $rows} statement over many rows, one transaction per batch. */
final class Batches {

  static final int SIZE = 10_000;

  private Batches() {}

  static void write(
      Driver driver, String file, List<Map<String, Object>> rows, Map<String, Object> extra) {
    write(driver, file, rows, extra, SIZE);
  }

  /** As {@link #write(Driver, String, List, Map)}, {@code size} rows per transaction. */
  static void write(
      Driver driver,
      String file,
      List<Map<String, Object>> rows,
      Map<String, Object> extra,
      int size) {
    for (int from = 0; from < rows.size(); from += size) {
      Map<String, Object> parameters = new HashMap<>(extra);
      parameters.put("rows", rows.subList(from, Math.min(rows.size(), from + size)));
      Cypher.query(driver, file, parameters);
    }
  }

  static Map<String, Object> key(IdentifierKey key) {
    return Map.of("type", key.type(), "value", key.value());
  }
}
