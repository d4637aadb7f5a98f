package io.nexusgraph.graph.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows for {@code load/event}: each event row with the evidence of its record nested under it, so
 * that an event and everything it asserts are written in one transaction and a new event can CREATE
 * its relationships (see the statement). Every nested row names its event in {@code event_id}; the
 * keys of {@link #NESTED} are the statement's list parameters.
 */
final class EventBundles {

  /** The nested lists, in the order the statement writes them. */
  static final List<String> NESTED =
      List.of(
          "involves_person",
          "involves_group",
          "same_as_person",
          "same_as_group",
          "person_traits",
          "group_traits",
          "memberships");

  private EventBundles() {}

  /**
   * @param events rows of {@link EventRows}, one per event id
   * @param nested per key of {@link #NESTED}, rows that carry an {@code event_id}
   */
  static List<Map<String, Object>> of(
      List<Map<String, Object>> events, Map<String, List<Map<String, Object>>> nested) {
    Map<Object, Map<String, Object>> byEvent = new LinkedHashMap<>(events.size() * 2);
    for (Map<String, Object> event : events) {
      Map<String, Object> props = new LinkedHashMap<>(event);
      Object eventId = props.remove("event_id");
      Map<String, Object> bundle = new LinkedHashMap<>();
      bundle.put("event_id", eventId);
      bundle.put("props", props);
      for (String key : NESTED) {
        bundle.put(key, new ArrayList<Map<String, Object>>(1));
      }
      byEvent.put(eventId, bundle);
    }
    for (String key : NESTED) {
      for (Map<String, Object> row : nested.getOrDefault(key, List.of())) {
        Map<String, Object> bundle = byEvent.get(row.get("event_id"));
        if (bundle == null) {
          throw new IllegalStateException(
              key + " row names an event that is not in the load: " + row.get("event_id"));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) bundle.get(key);
        list.add(row);
      }
    }
    return List.copyOf(byEvent.values());
  }
}
