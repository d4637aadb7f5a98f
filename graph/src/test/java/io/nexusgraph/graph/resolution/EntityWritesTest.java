package io.nexusgraph.graph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.identity.IdentifierKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityWritesTest {

  @Test
  void entitiesThatTakeIdentifiersOfOneEntityShareALaneSoTheirWritesCannotDeadlock() {
    Map<String, List<Member>> movedTo = new LinkedHashMap<>();
    // per_old splits: its identifiers go to per_a and per_c, which lock it both
    movedTo.put("per_a", List.of(member("email", "a@x.com", "per_old", 1)));
    movedTo.put("per_b", List.of(member("email", "b@x.com", null, 2)));
    movedTo.put("per_c", List.of(member("phone", "+15550001", "per_old", 3)));
    // per_d takes an identifier of per_e, the entity of per_e's row: one lock between them
    movedTo.put("per_d", List.of(member("user_id", "u1", "per_e", 4)));
    movedTo.put("per_e", List.of(member("user_id", "u2", null, 5)));

    List<List<Map<String, Object>>> lanes = EntityWrites.assignLanes(movedTo, 2);

    assertThat(lanes.stream().map(l -> l.stream().map(r -> r.get("entity_id")).toList()))
        .containsExactly(List.of("per_a", "per_b", "per_c"), List.of("per_d", "per_e"));
    assertThat(lanes.getFirst().getLast())
        .isEqualTo(
            Map.of(
                "entity_id",
                "per_c",
                "members",
                List.of(Map.of("id", 3L, "type", "phone", "value", "+15550001"))));
  }

  private static Member member(String type, String value, String previousId, long nodeId) {
    return new Member(new IdentifierKey(type, value), previousId, null, nodeId);
  }
}
