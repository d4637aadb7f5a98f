package io.nexusgraph.graph.load.bulk;

import java.util.Map;
import java.util.function.Function;

/**
 * One column of an import file: its header (name and importer type, e.g. {@code
 * occurred_at:datetime} or {@code :START_ID(Event)}) and how a load row yields its value.
 */
record Column(String header, Function<Map<String, Object>, Object> value) {

  /** A column holding the row's value under {@code key}, stored as property {@code key}. */
  static Column property(String key, String type) {
    return new Column(type.isEmpty() ? key : key + ":" + type, row -> row.get(key));
  }

  static Column property(String key) {
    return property(key, "");
  }
}
