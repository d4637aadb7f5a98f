package io.nexusgraph.graph.load.bulk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The node ids the importer stores ({@code --id-type=actual}): every node file takes the next block
 * of consecutive ids, in the order the files are listed, and each row the id of its position. Why:
 * with string ids the importer maps, sorts and checks every id of every node and looks up every
 * relationship's two ends; handing it the store's own ids skips all of that (runs at large on a
 * busy machine: node stage 21.0 s against 26.9 s, relationship stage 15.2 s against 27.1 s on
 * average, see docs/benchmarks.md "Bulk import, 2026-11-23").
 *
 * <p>A relationship file refers to its ends by the key of their rows (an event's {@code event_id},
 * an identifier's {@link io.nexusgraph.graph.identity.IdentifierKey}, a trait's {@code id}) looked
 * up in its {@link Space}. Not thread-safe while spaces are added; lookups afterwards are
 * read-only.
 */
final class NodeIds {

  private long next;

  /**
   * The next node file's ids: one per row, in row order.
   *
   * @param name the id space, for messages (e.g. {@code Event})
   * @param key the row's key, unique within the space
   * @throws IllegalStateException if two rows share a key (the load plan holds each node once)
   */
  Space space(String name, List<Map<String, Object>> rows, Function<Map<String, Object>, ?> key) {
    Map<Object, Long> ids = HashMap.newHashMap(rows.size());
    for (Map<String, Object> row : rows) {
      long id = next++;
      if (ids.put(key.apply(row), id) != null) {
        throw new IllegalStateException(
            ("Two %s rows of the load plan share one key; the bulk import needs each node once."
                    + " This is a bug in LoadPlan: load these batches with the Bolt loader.")
                .formatted(name));
      }
    }
    return new Space(name, key, ids);
  }

  /** The ids of one node file, by the key of its rows. */
  record Space(String name, Function<Map<String, Object>, ?> key, Map<Object, Long> ids) {

    /** The id of the node whose row has this key. */
    long id(Object key) {
      Long id = ids.get(key);
      if (id == null) {
        throw new IllegalStateException(
            ("A relationship of the load plan ends at a %s node the plan does not hold; the bulk"
                    + " import needs both ends in the plan. This is a bug in LoadPlan: load these"
                    + " batches with the Bolt loader.")
                .formatted(name));
      }
      return id;
    }

    /** The id of the node this row of the space's own file stands for. */
    long idOfRow(Map<String, Object> row) {
      return id(key.apply(row));
    }
  }
}
