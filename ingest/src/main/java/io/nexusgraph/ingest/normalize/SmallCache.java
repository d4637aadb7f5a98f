package io.nexusgraph.ingest.normalize;

import java.util.HashMap;
import java.util.function.Function;

/**
 * A bounded cache for the expensive normalisers (email parsing, phone parsing, public-suffix
 * lookups), cheaper per hit than an access-ordered LRU: entries live in a young and an old
 * generation; a hit in the old generation moves the entry to the young one, and when the young one
 * is full it becomes the old one and the previous old one is dropped. Recently used values stay,
 * and at most {@code capacity} entries are held. Values must be pure functions of their key.
 */
final class SmallCache<V> {
  private final int generationSize;
  private HashMap<String, V> young = new HashMap<>();
  private HashMap<String, V> old = new HashMap<>();

  SmallCache(int capacity) {
    this.generationSize = Math.max(1, capacity / 2);
  }

  int size() {
    return young.size() + old.size();
  }

  V computeIfAbsent(String key, Function<String, V> compute) {
    V v = young.get(key);
    if (v != null) {
      return v;
    }
    v = old.get(key);
    if (v == null) {
      v = compute.apply(key);
    }
    if (young.size() >= generationSize) {
      old = young;
      young = new HashMap<>();
    }
    young.put(key, v);
    return v;
  }
}
