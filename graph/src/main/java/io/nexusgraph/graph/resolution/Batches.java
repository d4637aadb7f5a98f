package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.concurrent.Parallel;
import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.partition.DisjointLanes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
    for (Map<String, Object> parameters : batches(rows, extra, size)) {
      Cypher.query(driver, file, parameters);
    }
  }

  /**
   * As {@link #write(Driver, String, List, Map, int)} for each of {@code lanes}, the lanes at once
   * (one thread each, its batches in order). The lanes must not lock the same nodes ({@link
   * DisjointLanes}): two that meet on two nodes can deadlock, which costs the retry's back-off.
   */
  static void writeLanes(
      Driver driver,
      String file,
      List<List<Map<String, Object>>> lanes,
      Map<String, Object> extra,
      int size) {
    if (lanes.size() < 2) {
      lanes.forEach(lane -> write(driver, file, lane, extra, size));
      return;
    }
    try (Parallel parallel = new Parallel(lanes.size())) {
      List<Supplier<Boolean>> written = new ArrayList<>();
      for (List<Map<String, Object>> lane : lanes) {
        written.add(
            parallel.submit(
                () -> {
                  write(driver, file, lane, extra, size);
                  return true;
                }));
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
