package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.concurrent.Parallel;
import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.identity.IdentifierKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

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
    for (Map<String, Object> parameters : batches(rows, extra, size)) {
      Cypher.query(driver, file, parameters);
    }
  }

  /**
   * As {@link #write(Driver, String, List, Map, int)}, with up to {@code writers} transactions at
   * once. Only for statements whose rows touch disjoint nodes (one entity per row): two batches
   * that still meet on a node (identifiers of one old entity moving to entities in two batches) at
   * worst deadlock, which Neo4j reports as a transient error and the managed transaction retries.
   */
  static void writeConcurrently(
      Driver driver,
      String file,
      List<Map<String, Object>> rows,
      Map<String, Object> extra,
      int size,
      int writers) {
    try (Parallel parallel = new Parallel(writers)) {
      List<Supplier<List<Record>>> written = new ArrayList<>();
      for (Map<String, Object> parameters : batches(rows, extra, size)) {
        written.add(parallel.submit(() -> Cypher.query(driver, file, parameters)));
      }
      written.forEach(Supplier::get);
    }
  }

  /**
   * Each transaction's parameters: {@code extra} with {@code rows} sliced {@code size} at a time.
   */
  private static List<Map<String, Object>> batches(
      List<Map<String, Object>> rows, Map<String, Object> extra, int size) {
    List<Map<String, Object>> batches = new ArrayList<>();
    for (int from = 0; from < rows.size(); from += size) {
      Map<String, Object> parameters = new HashMap<>(extra);
      parameters.put("rows", rows.subList(from, Math.min(rows.size(), from + size)));
      batches.add(parameters);
    }
    return batches;
  }

  static Map<String, Object> key(IdentifierKey key) {
    return Map.of("type", key.type(), "value", key.value());
  }
}
