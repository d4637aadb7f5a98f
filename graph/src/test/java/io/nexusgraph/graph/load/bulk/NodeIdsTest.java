package io.nexusgraph.graph.load.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexusgraph.graph.load.bulk.NodeIds.Space;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeIdsTest {

  private static final List<Map<String, Object>> EVENTS =
      List.of(Map.of("event_id", "e1"), Map.of("event_id", "e2"), Map.of("event_id", "e3"));
  private static final List<Map<String, Object>> TRAITS =
      List.of(Map.of("id", "t1"), Map.of("id", "t2"));

  @Test
  void eachFileTakesTheNextBlockOfIdsInRowOrder() {
    NodeIds ids = new NodeIds();
    Space events = ids.space("Event", EVENTS, r -> r.get("event_id"));
    Space traits = ids.space("PersonTrait", TRAITS, r -> r.get("id"));

    assertThat(EVENTS.stream().mapToLong(events::idOfRow).toArray()).containsExactly(0, 1, 2);
    assertThat(TRAITS.stream().mapToLong(traits::idOfRow).toArray()).containsExactly(3, 4);
    assertThat(events.id("e2")).isEqualTo(1);
    assertThat(traits.id("t1")).isEqualTo(3);
  }

  @Test
  void aKeyOfAnotherSpaceOrOfNoRowIsRefused() {
    NodeIds ids = new NodeIds();
    Space events = ids.space("Event", EVENTS, r -> r.get("event_id"));
    ids.space("PersonTrait", TRAITS, r -> r.get("id"));

    assertThatThrownBy(() -> events.id("t1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ends at a Event node the plan does not hold");
  }

  @Test
  void twoRowsWithOneKeyAreRefused() {
    NodeIds ids = new NodeIds();
    List<Map<String, Object>> twice = List.of(Map.of("id", "t1"), Map.of("id", "t1"));

    assertThatThrownBy(() -> ids.space("GroupTrait", twice, r -> r.get("id")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Two GroupTrait rows of the load plan share one key");
  }
}
