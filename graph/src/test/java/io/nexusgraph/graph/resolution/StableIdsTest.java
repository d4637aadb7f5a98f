package io.nexusgraph.graph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.resolution.IdChange.Change;
import io.nexusgraph.ingest.eventlog.Ids;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StableIdsTest {

  private static final Instant T1 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant T2 = Instant.parse("2026-02-01T00:00:00Z");
  private static final Instant T3 = Instant.parse("2026-03-01T00:00:00Z");

  private final StableIds ids = new StableIds("per_");

  @Test
  void aNewComponentGetsAnIdHashedFromItsSmallestIdentifier() {
    Assignment result =
        ids.assign(
            List.of(List.of(member("phone", "+15550001", null), member("email", "a@x.com", null))),
            Map.of());

    String expected = Ids.of("per_", "email", "a@x.com");
    assertThat(result.born()).containsExactly(expected);
    assertThat(result.entityOf())
        .containsEntry(key("email", "a@x.com"), expected)
        .containsEntry(key("phone", "+15550001"), expected);
    assertThat(result.changes()).isEmpty();
    assertThat(result.entities().get(expected).identifierCount()).isEqualTo(2);
  }

  @Test
  void aComponentThatOnlyGainsIdentifiersKeepsItsId() {
    // A smaller identifier ("a@…" < "b@…") joins: the id must not move to it.
    Assignment result =
        ids.assign(
            List.of(
                List.of(member("email", "b@x.com", "per_old"), member("email", "a@x.com", null))),
            Map.of("per_old", T2));

    assertThat(result.entityOf().values()).containsOnly("per_old");
    assertThat(result.born()).isEmpty();
    assertThat(result.changes()).isEmpty();
  }

  @Test
  void onAMergeTheOldestEntitySurvivesAndTheOtherIsRetired() {
    // per_b is older (T1) although per_a sorts first.
    Assignment result =
        ids.assign(
            List.of(
                List.of(
                    member("email", "a@x.com", "per_a"),
                    member("phone", "+1", "per_b"),
                    member("user_id", "u1", null))),
            Map.of("per_a", T2, "per_b", T1));

    assertThat(result.entityOf().values()).containsOnly("per_b");
    assertThat(result.changes())
        .containsExactly(new IdChange("per_a", "per_b", Change.MERGE, null));
    assertThat(result.entities()).containsOnlyKeys("per_b");
  }

  @Test
  void equallyOldEntitiesMergeIntoTheSmallerId() {
    Assignment result =
        ids.assign(
            List.of(List.of(member("email", "a@x.com", "per_z"), member("phone", "+1", "per_m"))),
            Map.of("per_z", T1, "per_m", T1));

    assertThat(result.changes())
        .containsExactly(new IdChange("per_z", "per_m", Change.MERGE, null));
  }

  @Test
  void onASplitTheLargestPartKeepsTheIdAndTheRestAreNew() {
    List<Member> big = List.of(member("email", "b@x.com", "per_e"), member("phone", "+2", "per_e"));
    List<Member> small = List.of(member("email", "a@x.com", "per_e"));

    Assignment result = ids.assign(List.of(small, big), Map.of("per_e", T1));

    String splitId = Ids.of("per_", "email", "a@x.com", "split", "per_e");
    assertThat(result.entityOf())
        .containsEntry(key("email", "b@x.com"), "per_e")
        .containsEntry(key("phone", "+2"), "per_e")
        .containsEntry(key("email", "a@x.com"), splitId);
    assertThat(result.changes())
        .containsExactly(new IdChange("per_e", splitId, Change.SPLIT, null));
    assertThat(result.born()).containsExactly(splitId);
  }

  @Test
  void aSplitIntoEqualPartsLeavesTheIdWithThePartHoldingTheSmallestIdentifier() {
    Assignment result =
        ids.assign(
            List.of(
                List.of(member("phone", "+9", "per_e")),
                List.of(member("email", "a@x.com", "per_e"))),
            Map.of("per_e", T1));

    assertThat(result.entityOf()).containsEntry(key("email", "a@x.com"), "per_e");
    assertThat(result.entityOf().get(key("phone", "+9"))).isNotEqualTo("per_e");
  }

  @Test
  void theSameInputGivesTheSameIdsWhateverTheComponentOrder() {
    List<Member> one = List.of(member("email", "a@x.com", null));
    List<Member> two = List.of(member("email", "b@x.com", null), member("phone", "+3", null));

    assertThat(ids.assign(List.of(one, two), Map.of()).entityOf())
        .isEqualTo(ids.assign(List.of(two, one), Map.of()).entityOf());
  }

  @Test
  void firstSeenIsTheEarliestSightingOfAnyIdentifier() {
    Assignment result =
        ids.assign(
            List.of(List.of(member("email", "a@x.com", null, T3), member("phone", "+1", null, T2))),
            Map.of());

    assertThat(result.entities().values().iterator().next().firstSeenAt()).isEqualTo(T2);
  }

  private static Member member(String type, String value, String previous) {
    return member(type, value, previous, T3);
  }

  private static Member member(String type, String value, String previous, Instant seen) {
    return new Member(key(type, value), previous, seen, 0);
  }

  private static IdentifierKey key(String type, String value) {
    return new IdentifierKey(type, value);
  }
}
