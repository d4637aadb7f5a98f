package io.nexusgraph.ingest.source;

import java.util.Arrays;
import java.util.HashMap;

/**
 * A map for the handful of keys one source record has (edge keys, observation ids): a linear scan
 * over the keys' hash codes while it is small, which beats hashing into buckets and allocates far
 * less, and a hash index beyond {@link #LINEAR_LIMIT} so an unusually large record stays linear in
 * time. Keys are compared with {@code equals} only when their hash codes match.
 */
final class SmallKeyMap<V> {
  static final int LINEAR_LIMIT = 16;

  private String[] keys = new String[4];
  private int[] hashes = new int[4];
  private Object[] values = new Object[4];
  private int size;
  private HashMap<String, V> index;

  V get(String key) {
    if (index != null) {
      return index.get(key);
    }
    int i = find(key, key.hashCode());
    return i < 0 ? null : value(i);
  }

  /** Adds the entry unless the key is present; true when it was added. */
  boolean putIfAbsent(String key, V value) {
    if (index != null) {
      return index.putIfAbsent(key, value) == null;
    }
    int hash = key.hashCode();
    if (find(key, hash) >= 0) {
      return false;
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, 2 * size);
      hashes = Arrays.copyOf(hashes, 2 * size);
      values = Arrays.copyOf(values, 2 * size);
    }
    keys[size] = key;
    hashes[size] = hash;
    values[size] = value;
    size++;
    if (size > LINEAR_LIMIT) {
      index = new HashMap<>();
      for (int i = 0; i < size; i++) {
        index.put(keys[i], value(i));
      }
    }
    return true;
  }

  /** Empties the map for reuse; arrays grown by a large record are not kept. */
  void clear() {
    if (keys.length > LINEAR_LIMIT) {
      keys = new String[4];
      hashes = new int[4];
      values = new Object[4];
    } else {
      Arrays.fill(keys, 0, size, null);
      Arrays.fill(values, 0, size, null);
    }
    size = 0;
    index = null;
  }

  private int find(String key, int hash) {
    for (int i = 0; i < size; i++) {
      if (hashes[i] == hash && keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @SuppressWarnings("unchecked")
  private V value(int i) {
    return (V) values[i];
  }
}
