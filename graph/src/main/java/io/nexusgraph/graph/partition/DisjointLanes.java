package io.nexusgraph.graph.partition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Splits rows into at most {@code parts} lanes that share no key, so that one writer per lane can
 * run at the same time without ever waiting for another's locks.
 *
 * <p>Why: a write transaction locks every node its rows touch. Two concurrent transactions that
 * share one such node serialise on it, and two that share two can deadlock, which Neo4j breaks by
 * failing one of them: the managed transaction retries it after a back-off of about a second. Rows
 * that share a key, directly or through other rows, form one group; a group goes whole to one lane
 * (largest group first, to the lane with the fewest rows so far; ties to the lower index), and
 * every lane keeps the input's order. The split is a function of the rows alone, so it is the same
 * on every run.
 */
public final class DisjointLanes {

  private DisjointLanes() {}

  /**
   * @param rows the rows to write
   * @param keys the nodes a row locks, as keys that are equal when the nodes are
   * @param parts how many lanes at most (positive)
   * @return non-empty lanes, together holding every row once, in their input order
   */
  public static <T> List<List<T>> split(
      List<T> rows, Function<T, ? extends Collection<?>> keys, int parts) {
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be positive: " + parts);
    }
    if (parts == 1 || rows.size() < 2) {
      return rows.isEmpty() ? List.of() : List.of(rows);
    }
    UnionFind union = new UnionFind(rows.size());
    Map<Object, Integer> firstRow = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      for (Object key : keys.apply(rows.get(i))) {
        Integer other = firstRow.putIfAbsent(key, i);
        if (other != null) {
          union.union(i, other);
        }
      }
    }
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      groups.computeIfAbsent(union.find(i), root -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> bySize = new ArrayList<>(groups.values());
    bySize.sort(
        Comparator.<List<Integer>>comparingInt(List::size).reversed().thenComparing(g -> g.get(0)));
    int[] laneOf = new int[rows.size()];
    long[] load = new long[parts];
    for (List<Integer> group : bySize) {
      int least = 0;
      for (int p = 1; p < parts; p++) {
        if (load[p] < load[least]) {
          least = p;
        }
      }
      load[least] += group.size();
      for (int i : group) {
        laneOf[i] = least;
      }
    }
    List<List<T>> lanes = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      lanes.add(new ArrayList<>());
    }
    for (int i = 0; i < rows.size(); i++) {
      lanes.get(laneOf[i]).add(rows.get(i));
    }
    lanes.removeIf(List::isEmpty);
    return lanes;
  }
}
