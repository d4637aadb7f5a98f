package io.nexusgraph.graph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.override.IdentityOverride;
import io.nexusgraph.graph.resolution.Exclusion.Reason;
import io.nexusgraph.graph.resolution.Guardrails.TypeLimit;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The strongest-first rebuild of components that break a type limit or an apart override. */
class LinkConstraintsTest {

  private static final Instant DAY1 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant DAY5 = Instant.parse("2026-01-05T00:00:00Z");
  private static final Instant DAY9 = Instant.parse("2026-01-09T00:00:00Z");

  private static final IdentifierKey U1 = new IdentifierKey("user_id", "u1");
  private static final IdentifierKey U2 = new IdentifierKey("user_id", "u2");
  private static final IdentifierKey U3 = new IdentifierKey("user_id", "u3");
  private static final IdentifierKey E = new IdentifierKey("email", "e@x.com");
  private static final IdentifierKey F = new IdentifierKey("email", "f@x.com");
  private static final IdentifierKey A = new IdentifierKey("anonymous_id", "a1");

  private final Guardrails oneUserId =
      Guardrails.defaults().withTypeLimits(List.of(new TypeLimit("user_id", 1)));

  @Test
  void aComponentWithinTheLimitsIsNotBroken() {
    LinkConstraints constraints = new LinkConstraints(oneUserId, List.of(), List.of());

    assertThat(constraints.broken(component(U1, E, A))).isFalse();
    assertThat(constraints.broken(component(U1, E, U2))).isTrue();
  }

  @Test
  void theMoreRecentOfTwoEquallyStrongRecordsKeepsTheSharedIdentifier() {
    // (u1 e) day 1, (u2 e) day 5: both email–user_id evidence; the day-5 record wins.
    LinkConstraints.Split split =
        new LinkConstraints(oneUserId, List.of(), List.of())
            .split(
                component(U1, E, U2),
                List.of(evidence("edg_r1", DAY1, U1, E), evidence("edg_r5", DAY5, U2, E)));

    assertThat(partition(split)).isEqualTo(Set.of(Set.of(E, U2), Set.of(U1)));
    assertThat(split.notes().values())
        .containsExactly(
            Exclusion.of(
                U1,
                Reason.TYPE_LIMIT,
                "at most 1 user_id per entity; weaker evidence dropped: edg_r1"));
  }

  @Test
  void evidenceThroughAWeakerTypeLosesEvenWhenItIsMoreRecent() {
    // (u1 e) day 1 is email–user_id evidence; e–a–u2 (day 9) goes through an anonymous id.
    LinkConstraints.Split split =
        new LinkConstraints(oneUserId, List.of(), List.of())
            .split(
                component(U1, E, A, U2),
                List.of(
                    evidence("edg_r1", DAY1, U1, E),
                    evidence("edg_r2", DAY9, E, A),
                    evidence("edg_r3", DAY9, A, U2)));

    assertThat(partition(split)).isEqualTo(Set.of(Set.of(U1, E, A), Set.of(U2)));
    assertThat(split.notes().keySet()).containsExactly(U2);
  }

  @Test
  void aRecordLinksEveryPairOfItsIdentifiersNotOnlyTheStarItIsStoredAs() {
    // One record (a, e, u2), day 9: its e–u2 pair is email–user_id evidence, stronger than
    // anything through a, and more recent than (u1 e).
    LinkConstraints.Split split =
        new LinkConstraints(oneUserId, List.of(), List.of())
            .split(
                component(U1, E, A, U2),
                List.of(evidence("edg_r1", DAY1, U1, E), evidence("edg_r9", DAY9, A, E, U2)));

    assertThat(partition(split)).isEqualTo(Set.of(Set.of(E, A, U2), Set.of(U1)));
  }

  @Test
  void theLimitCountsEveryIdentifierOfThePartsAJoinWouldMerge() {
    LinkConstraints.Split split =
        new LinkConstraints(
                oneUserId.withTypeLimits(List.of(new TypeLimit("user_id", 2))),
                List.of(),
                List.of())
            .split(
                component(U1, U2, U3, E, F),
                List.of(
                    evidence("edg_1", DAY9, U1, E),
                    evidence("edg_2", DAY9, U2, E),
                    evidence("edg_3", DAY5, U3, F),
                    evidence("edg_4", DAY1, F, E)));

    assertThat(partition(split)).isEqualTo(Set.of(Set.of(U1, U2, E), Set.of(U3, F)));
    assertThat(split.notes().keySet()).containsExactly(U3);
  }

  @Test
  void anApartOverrideDropsTheWeakerLinkOnThePathAndNotesTheCutOffIdentifier() {
    IdentityOverride apart = IdentityOverride.apart(EntityKind.PERSON, E, F, "ticket 7");
    LinkConstraints.Split split =
        new LinkConstraints(Guardrails.off(), List.of(), List.of(apart))
            .split(
                component(E, A, F),
                List.of(evidence("edg_old", DAY1, E, A), evidence("edg_new", DAY5, A, F)));

    assertThat(partition(split)).isEqualTo(Set.of(Set.of(A, F), Set.of(E)));
    assertThat(split.notes().values())
        .containsExactly(
            Exclusion.of(
                E,
                Reason.OVERRIDE,
                "kept apart by override: ticket 7; weaker evidence dropped: edg_old"));
  }

  @Test
  void togetherOverridesComeFirstIgnoreTypeLimitsButYieldToApartRules() {
    List<IdentityOverride> together =
        List.of(
            IdentityOverride.together(EntityKind.PERSON, U1, U2, "one customer, two logins"),
            IdentityOverride.together(EntityKind.PERSON, U2, F, ""));
    IdentityOverride apart = IdentityOverride.apart(EntityKind.PERSON, U1, F, "");
    LinkConstraints constraints = new LinkConstraints(oneUserId, together, List.of(apart));

    LinkConstraints.Split split =
        constraints.split(component(U1, U2, F), List.of(evidence("edg_1", DAY1, U2, F)));

    // u1–u2 (override) joins despite the user_id limit; u2–f would put u1 and f together.
    assertThat(partition(split)).isEqualTo(Set.of(Set.of(U1, U2), Set.of(F)));
    assertThat(split.notes().get(F).reason()).isEqualTo(Reason.OVERRIDE);
    assertThat(split.notes().get(F).detail())
        .isEqualTo(
            "kept apart by override; weaker evidence dropped: a force-together override, edg_1");
  }

  private static List<Member> component(IdentifierKey... keys) {
    List<Member> members = new java.util.ArrayList<>();
    for (IdentifierKey k : keys) {
      members.add(new Member(k, null, DAY1, members.size()));
    }
    return members;
  }

  private static Evidence evidence(String edgeId, Instant at, IdentifierKey... members) {
    return new Evidence(edgeId, at, List.of(members));
  }

  private static Set<Set<IdentifierKey>> partition(LinkConstraints.Split split) {
    return split.parts().stream()
        .map(p -> p.stream().map(Member::key).collect(Collectors.toSet()))
        .collect(Collectors.toSet());
  }
}
