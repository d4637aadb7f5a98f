package io.nexusgraph.graph.load;

import io.nexusgraph.graph.partition.DisjointLanes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Splits {@code load/event} rows into at most {@code parts} lists that share no identifier node
 * ({@link DisjointLanes}): a new event's transaction locks every identifier node its evidence
 * touches (the relationships it CREATEs, the labels it sets), so events that share an identifier,
 * directly or through other events, go to one list.
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
    return DisjointLanes.split(bundles, DisjointBundles::identifiers, parts);
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
