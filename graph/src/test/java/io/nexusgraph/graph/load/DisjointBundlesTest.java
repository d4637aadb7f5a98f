package io.nexusgraph.graph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisjointBundlesTest {

  @Test
  void eventsThatShareAnIdentifierDirectlyOrThroughOthersStayTogether() {
    List<Map<String, Object>> bundles =
        List.of(
            bundle("e1", "involves_person", Rows.row("type", "email", "value", "a")),
            bundle("e2", "involves_person", Rows.row("type", "email", "value", "b")),
            bundle(
                "e3",
                "same_as_person",
                Rows.row(
                    "hub_type",
                    "email",
                    "hub_value",
                    "a",
                    "other_type",
                    "phone",
                    "other_value",
                    "p")),
            bundle("e4", "involves_person", Rows.row("type", "phone", "value", "p")),
            bundle("e5", "involves_person", Rows.row("type", "email", "value", "c")));

    assertThat(ids(DisjointBundles.split(bundles, 2)))
        .containsExactly(List.of("e1", "e3", "e4"), List.of("e2", "e5"));
  }

  @Test
  void everyListOfTheBundleLinksItsIdentifiersButPersonAndGroupNodesAreDistinct() {
    List<Map<String, Object>> bundles =
        List.of(
            bundle(
                "e1",
                "memberships",
                Rows.row(
                    "person_type",
                    "email",
                    "person_value",
                    "a",
                    "group_type",
                    "domain",
                    "group_value",
                    "acme")),
            bundle("e2", "involves_group", Rows.row("type", "domain", "value", "acme")),
            bundle("e3", "person_traits", Rows.row("hub_type", "email", "hub_value", "a")),
            bundle("e4", "involves_group", Rows.row("type", "email", "value", "a")),
            bundle("e5", "group_traits", Rows.row("hub_type", null, "hub_value", null)),
            bundle("e6", "group_traits", Rows.row("hub_type", null, "hub_value", null)));

    assertThat(ids(DisjointBundles.split(bundles, 2)))
        .containsExactly(List.of("e1", "e2", "e3"), List.of("e4", "e5", "e6"));
  }

  private static Map<String, Object> bundle(
      String eventId, String nested, Map<String, Object> row) {
    Map<String, Object> bundle = new LinkedHashMap<>();
    bundle.put("event_id", eventId);
    for (String key : EventBundles.NESTED) {
      bundle.put(key, new ArrayList<>());
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list = (List<Map<String, Object>>) bundle.get(nested);
    list.add(row);
    return bundle;
  }

  private static List<List<Object>> ids(List<List<Map<String, Object>>> parts) {
    return parts.stream().map(p -> p.stream().map(b -> b.get("event_id")).toList()).toList();
  }
}
