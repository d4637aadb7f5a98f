package io.nexusgraph.ingest.source;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The properties of one parsed JSON object, in insertion order, as Jackson's {@code ObjectNode}
 * keeps them: the same behaviour as the {@link LinkedHashMap} it would use (a replaced key keeps
 * its place, iteration in insertion order), for a fraction of the allocation. A source record's
 * objects have a handful of properties each, so the keys' hash codes are scanned linearly while
 * there are at most {@link #LINEAR_LIMIT}; a larger object moves into a {@link LinkedHashMap}, so
 * it stays linear in time. Like that map, not thread-safe.
 */
final class CompactPropertyMap extends AbstractMap<String, JsonNode> {
  static final int LINEAR_LIMIT = 16;

  private String[] keys = new String[8];
  private int[] hashes = new int[8];
  private JsonNode[] values = new JsonNode[8];
  private int size;
  private LinkedHashMap<String, JsonNode> large;

  @Override
  public int size() {
    return large != null ? large.size() : size;
  }

  @Override
  public boolean containsKey(Object key) {
    return large != null ? large.containsKey(key) : find(key) >= 0;
  }

  @Override
  public JsonNode get(Object key) {
    if (large != null) {
      return large.get(key);
    }
    int i = find(key);
    return i < 0 ? null : values[i];
  }

  @Override
  public JsonNode put(String key, JsonNode value) {
    if (large != null) {
      return large.put(key, value);
    }
    int hash = Objects.hashCode(key);
    for (int i = 0; i < size; i++) {
      if (hashes[i] == hash && Objects.equals(keys[i], key)) {
        JsonNode old = values[i];
        values[i] = value;
        return old;
      }
    }
    if (size == LINEAR_LIMIT) {
      large = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) {
        large.put(keys[i], values[i]);
      }
      keys = null;
      hashes = null;
      values = null;
      size = 0;
      return large.put(key, value);
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
    return null;
  }

  @Override
  public JsonNode remove(Object key) {
    if (large != null) {
      return large.remove(key);
    }
    int i = find(key);
    if (i < 0) {
      return null;
    }
    JsonNode old = values[i];
    removeAt(i);
    return old;
  }

  @Override
  public void clear() {
    if (large != null) {
      large.clear();
      return;
    }
    Arrays.fill(keys, 0, size, null);
    Arrays.fill(values, 0, size, null);
    size = 0;
  }

  @Override
  public Set<Entry<String, JsonNode>> entrySet() {
    return large != null ? large.entrySet() : new Entries();
  }

  private int find(Object key) {
    int hash = Objects.hashCode(key);
    for (int i = 0; i < size; i++) {
      if (hashes[i] == hash && Objects.equals(keys[i], key)) {
        return i;
      }
    }
    return -1;
  }

  private void removeAt(int i) {
    int after = size - i - 1;
    System.arraycopy(keys, i + 1, keys, i, after);
    System.arraycopy(hashes, i + 1, hashes, i, after);
    System.arraycopy(values, i + 1, values, i, after);
    size--;
    keys[size] = null;
    values[size] = null;
  }

  /** The entries while the map is small; once it is large, {@link #entrySet} is the delegate's. */
  private final class Entries extends AbstractSet<Entry<String, JsonNode>> {
    @Override
    public int size() {
      return CompactPropertyMap.this.size();
    }

    @Override
    public Iterator<Entry<String, JsonNode>> iterator() {
      return new Iterator<>() {
        private int next;
        private int last = -1;

        @Override
        public boolean hasNext() {
          return large == null && next < size;
        }

        @Override
        public Entry<String, JsonNode> next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          last = next++;
          return new Property(last);
        }

        @Override
        public void remove() {
          if (last < 0 || large != null) {
            throw new IllegalStateException("remove() without a preceding next()");
          }
          removeAt(last);
          next = last;
          last = -1;
        }
      };
    }
  }

  /** A view of the entry at one position, as {@link LinkedHashMap}'s entries are views. */
  private final class Property implements Entry<String, JsonNode> {
    private final String key;
    private final int index;

    Property(int index) {
      this.key = keys[index];
      this.index = index;
    }

    @Override
    public String getKey() {
      return key;
    }

    @Override
    public JsonNode getValue() {
      return current() ? values[index] : get(key);
    }

    @Override
    public JsonNode setValue(JsonNode value) {
      if (current()) {
        JsonNode old = values[index];
        values[index] = value;
        return old;
      }
      return put(key, value);
    }

    /** True while this entry's key is still at its position (no earlier property was removed). */
    private boolean current() {
      return large == null && index < size && keys[index] == key;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Map.Entry<?, ?> e
          && Objects.equals(key, e.getKey())
          && Objects.equals(getValue(), e.getValue());
    }

    @Override
    public int hashCode() {
      return Objects.hashCode(key) ^ Objects.hashCode(getValue());
    }

    @Override
    public String toString() {
      return key + "=" + getValue();
    }
  }
}
