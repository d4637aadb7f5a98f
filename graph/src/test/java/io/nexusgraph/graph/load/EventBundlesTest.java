package io.nexusgraph.graph.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class EventBundlesTest {

  @Test
  void nestsEveryRowUnderItsEventAndGivesEveryEventEveryList() {
    List<Map<String, Object>> bundles =
        EventBundles.of(
            List.of(
                Rows.row("event_id", "e1", "name", "invoice.paid"),
                Rows.row("event_id", "e2", "name", "identify")),
            Map.of(
                "involves_person",
                List.of(
                    Rows.row("event_id", "e2", "value", "a"),
                    Rows.row("event_id", "e1", "value", "b"),
                    Rows.row("event_id", "e2", "value", "c")),
                "memberships",
                List.of(Rows.row("event_id", "e1", "role", "owner"))));

    assertThat(bundles)
        .extracting(b -> b.get("event_id"), b -> b.get("props"))
        .containsExactly(
            Tuple.tuple("e1", Map.of("name", "invoice.paid")),
            Tuple.tuple("e2", Map.of("name", "identify")));
    assertThat(bundles.getFirst().keySet())
        .containsExactly(
            "event_id",
            "props",
            "involves_person",
            "involves_group",
            "same_as_person",
            "same_as_group",
            "person_traits",
            "group_traits",
            "memberships");
    assertThat(bundles.get(0).get("involves_person"))
        .isEqualTo(List.of(Rows.row("event_id", "e1", "value", "b")));
    assertThat(bundles.get(1).get("involves_person"))
        .isEqualTo(
            List.of(
                Rows.row("event_id", "e2", "value", "a"),
                Rows.row("event_id", "e2", "value", "c")));
    assertThat(bundles.get(0).get("memberships"))
        .isEqualTo(List.of(Rows.row("event_id", "e1", "role", "owner")));
    assertThat(bundles.get(1).get("memberships")).isEqualTo(List.of());
    assertThat(bundles.get(1).get("same_as_group")).isEqualTo(List.of());
  }

  @Test
  void aRowWhoseEventIsNotInTheLoadIsAProgrammingError() {
    assertThatThrownBy(
            () ->
                EventBundles.of(
                    List.of(Rows.row("event_id", "e1")),
                    Map.of("same_as_person", List.of(Rows.row("event_id", "e9")))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("same_as_person row names an event that is not in the load: e9");
  }
}
