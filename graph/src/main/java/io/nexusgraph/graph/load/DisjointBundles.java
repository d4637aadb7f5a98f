package io.nexusgraph.graph.load;

import io.nexusgraph.graph.resolution.UnionFind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits {@code load/event} rows into at most {@code parts} lists that share no identifier node, so
 * that one writer per list can run at the same time without ever waiting for another's locks.
 *
 * <p>Why: a new event's transaction locks every identifier node its evidence touches (the
 * relationships it CREATEs, the labels it sets). Two concurrent transactions that share one such
 * node serialise on it, and two that share two can deadlock. Events that share an identifier,
 * directly or through other events, form one group; a group goes whole to one list (largest group
 * first, to the list with the fewest rows so far; ties to the lower index), and every list keeps
 * the input's order. The split is a function of the rows alone, so it is the same on every run.
 */
final class DisjointBundles {

  /** The nested lists of a bundle and the identifier keys each row of them names. */
  private static final Map<String, List<List<String>>> KEYS =
      Map.of(
          "involves_person", List.of(List.of("P", "type", "value")),
          "involves_group", List.of(List.of("G", "type", "value")),
          "same_as_person",
              List.of(
                  List.of("P", "hub_type", "hub_value"), List.of("P", "other_type", "other_value")),
          "same_as_group",
              List.of(
                  List.of("G", "hub_type", "hub_value"), List.of("G", "other_type", "other_value")),
          "person_traits", List.of(List.of("P", "hub_type", "hub_value")),
          "group_traits", List.of(List.of("G", "hub_type", "hub_value")),
          "memberships",
              List.of(
                  List.of("P", "person_type", "person_value"),
                  List.of("G", "group_type", "group_value")));

  private DisjointBundles() {}

  /**
   * @param bundles rows of {@link EventBundles}
   * @param parts how many lists at most (positive)
   * @return non-empty lists, together holding every bundle once, in their input order
   */
  static List<List<Map<String, Object>>> split(List<Map<String, Object>> bundles, int parts) {
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be positive: " + parts);
    }
    if (parts == 1 || bundles.size() < 2) {
      return bundles.isEmpty() ? List.of() : List.of(bundles);
    }
    UnionFind union = new UnionFind(bundles.size());
    Map<List<Object>, Integer> firstBundle = new HashMap<>();
    for (int i = 0; i < bundles.size(); i++) {
      for (List<Object> key : identifiers(bundles.get(i))) {
        Integer other = firstBundle.putIfAbsent(key, i);
        if (other != null) {
          union.union(i, other);
        }
      }
    }
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < bundles.size(); i++) {
      groups.computeIfAbsent(union.find(i), root -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> bySize = new ArrayList<>(groups.values());
    bySize.sort(
        Comparator.<List<Integer>>comparingInt(List::size).reversed().thenComparing(g -> g.get(0)));
    int[] partOf = new int[bundles.size()];
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
        partOf[i] = least;
      }
    }
    List<List<Map<String, Object>>> out = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      out.add(new ArrayList<>());
    }
    for (int i = 0; i < bundles.size(); i++) {
      out.get(partOf[i]).add(bundles.get(i));
    }
    out.removeIf(List::isEmpty);
    return out;
  }

  /** The identifier nodes a bundle's rows name, as (kind, type, value); rows without a hub none. */
  private static List<List<Object>> identifiers(Map<String, Object> bundle) {
    List<List<Object>> keys = new ArrayList<>();
    KEYS.forEach(
        (nested, fields) -> {
          @SuppressWarnings("unchecked")
          List<Map<String, Object>> rows =
              (List<Map<String, Object>>) bundle.getOrDefault(nested, List.of());
          for (Map<String, Object> row : rows) {
            for (List<String> f : fields) {
              Object type = row.get(f.get(1));
              if (type != null) {
                keys.add(Arrays.asList(f.get(0), type, row.get(f.get(2))));
              }
            }
          }
        });
    return keys;
  }
}
