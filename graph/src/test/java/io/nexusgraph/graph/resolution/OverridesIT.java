package io.nexusgraph.graph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.override.IdentityOverride;
import io.nexusgraph.graph.override.Overrides;
import io.nexusgraph.graph.resolution.Exclusion.Reason;
import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.Ids;
import io.nexusgraph.testkit.NexusServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** Force-together and force-apart rules, applied on the next run and recorded. */
@ExtendWith(NexusServers.class)
class OverridesIT {

  private final Scenario s;

  OverridesIT(Driver driver) {
    GraphSchema.apply(driver);
    this.s = new Scenario(driver);
  }

  @AfterEach
  void cleanUp() {
    s.cleanUp();
  }

  @Test
  void forceTogetherMergesIntoTheOldestAndDroppingTheRuleSplitsThemAgain() {
    IdentifierKey t1 = s.id("email", "t1");
    IdentifierKey t2 = s.id("email", "t2");
    s.load(s.recordOf("r1", 1, t1), s.recordOf("r2", 2, t2));
    s.resolve();
    String older = s.personOf(t1);
    String newer = s.personOf(t2);

    ResolutionResult together =
        s.resolve(Overrides.of(IdentityOverride.together(EntityKind.PERSON, t1, t2, "ticket 42")));

    assertThat(s.personOf(t2)).isEqualTo(older);
    assertThat(s.personExists(newer)).isFalse();
    assertThat(together.changes())
        .containsExactly(new IdChange(newer, older, IdChange.Change.MERGE, null));

    ResolutionResult without = s.resolve(Overrides.none());

    String splitOff = Ids.of("per_", "email", t2.value(), "split", older);
    assertThat(s.personOf(t1)).isEqualTo(older);
    assertThat(s.personOf(t2)).isEqualTo(splitOff);
    assertThat(without.changes())
        .containsExactly(new IdChange(older, splitOff, IdChange.Change.SPLIT, null));
  }

  @Test
  void forceApartDropsTheWeakerEvidenceBetweenThemAndRecordsTheIdentifierCutOff() {
    // a–m (day 1) and m–b (day 2) make one person; a and b are two people sharing m
    IdentifierKey a = s.id("email", "a");
    IdentifierKey m = s.id("email", "m");
    IdentifierKey b = s.id("email", "b");
    s.load(s.recordOf("r1", 1, a, m), s.recordOf("r2", 2, m, b));
    s.resolve();
    String id = s.personOf(a);

    ResolutionResult result =
        s.resolve(Overrides.of(IdentityOverride.apart(EntityKind.PERSON, b, a, "two people")));

    // the older link a–m is the weaker one: a splits off, b and m keep the id (two of three)
    String splitOff = Ids.of("per_", "email", a.value(), "split", id);
    assertThat(s.personOf(b)).isEqualTo(s.personOf(m)).isEqualTo(id);
    assertThat(s.personOf(a)).isEqualTo(splitOff);
    String detail =
        "kept apart by override: two people; weaker evidence dropped: edg_" + s.eventId("r1");
    assertThat(s.exclusionOf(a))
        .containsEntry("excluded", false)
        .containsEntry("reason", "override")
        .containsEntry("detail", detail);
    assertThat(s.own(result.exclusions()))
        .containsExactly(Exclusion.of(a, Reason.OVERRIDE, detail));
    assertThat(result.changes())
        .containsExactly(new IdChange(id, splitOff, IdChange.Change.SPLIT, null));
  }

  @Test
  void anApartRuleForIdentifiersInDifferentPersonsChangesNothing() {
    IdentifierKey a = s.id("email", "a");
    IdentifierKey b = s.id("email", "b");
    s.load(s.recordOf("r1", 1, a), s.recordOf("r2", 2, b));
    s.resolve();
    String idA = s.personOf(a);

    ResolutionResult result =
        s.resolve(Overrides.of(IdentityOverride.apart(EntityKind.PERSON, a, b, "")));

    assertThat(s.personOf(a)).isEqualTo(idA);
    assertThat(s.own(result.exclusions())).isEmpty();
    assertThat(result.changes()).isEmpty();
  }
}
