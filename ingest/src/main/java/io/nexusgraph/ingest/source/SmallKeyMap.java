package io.nexusgraph.ingest.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * A map for the handful of keys one source record has (edge keys, observation ids): a linear scan
 * while it is small, which beats hashing and allocates far less, and a hash index beyond {@link
 * #LINEAR_LIMIT} so an unusually large record stays linear in time.
 */
final class SmallKeyMap<V> {
  static final int LINEAR_LIMIT = 16;

  private final List<String> keys = new ArrayList<>();
  private final List<V> values = new ArrayList<>();
  private HashMap<String, V> index;

  V get(String key) {
    if (index != null) {
      return index.get(key);
    }
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).equals(key)) {
        return values.get(i);
      }
    }
    return null;
  }

  /** Adds the entry unless the key is present; true when it was added. */
  boolean putIfAbsent(String key, V value) {
    if (get(key) != null) {
      return false;
    }
    keys.add(key);
    values.add(value);
    if (index != null) {
      index.put(key, value);
    } else if (keys.size() > LINEAR_LIMIT) {
      index = new HashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        index.put(keys.get(i), values.get(i));
      }
    }
    return true;
  }
}
