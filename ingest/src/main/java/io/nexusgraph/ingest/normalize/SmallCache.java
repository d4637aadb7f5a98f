package io.nexusgraph.ingest.normalize;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A tiny LRU cache for the expensive normalisers (phone parsing, public-suffix lookups). */
final class SmallCache<V> {
  private final LinkedHashMap<String, V> map;

  SmallCache(int capacity) {
    this.map =
        new LinkedHashMap<>(capacity * 2, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
            return size() > capacity;
          }
        };
  }

  V computeIfAbsent(String key, Function<String, V> compute) {
    V v = map.get(key);
    if (v == null) {
      v = compute.apply(key);
      map.put(key, v);
    }
    return v;
  }
}
