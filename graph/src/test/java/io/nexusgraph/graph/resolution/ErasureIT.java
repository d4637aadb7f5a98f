package io.nexusgraph.graph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.resolution.Erasure.Erased;
import io.nexusgraph.graph.resolution.Exclusion.Reason;
import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.eventlog.Ids;
import io.nexusgraph.testkit.NexusServers;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** Erasure on request, and erased identifiers that come back with a reload. */
@ExtendWith(NexusServers.class)
class ErasureIT {

  private static final String DETAIL = "erased on request, then seen again";

  private final Driver driver;
  private final Scenario s;
  private final Erasure erasure;

  ErasureIT(Driver driver) {
    GraphSchema.apply(driver);
    this.driver = driver;
    this.s = new Scenario(driver);
    this.erasure = new Erasure(driver);
  }

  @AfterEach
  void cleanUp() {
    s.cleanUp();
  }

  @Test
  void anErasedPersonStaysExcludedWhenItsDataIsLoadedAgain() {
    IdentifierKey e1 = s.id("email", "e1");
    IdentifierKey e2 = s.id("email", "e2");
    IdentifierKey e3 = s.id("email", "e3");
    EventLogBatch r1 = s.recordOf("r1", 1, e1, e2);
    s.load(r1, s.recordOf("r2", 2, e3));
    s.resolve();
    String erasedId = s.personOf(e1);
    String other = s.personOf(e3);

    Erased erased = erasure.erase(EntityKind.PERSON, erasedId);

    assertThat(erased).isEqualTo(new Erased(EntityKind.PERSON, erasedId, List.of(e1, e2)));
    assertThat(s.personExists(erasedId)).isFalse();
    assertThat(identifierNodes(e1, e2)).isZero();

    // the source sends the erased record again, and a new one tying e1 to e3
    s.load(r1, s.recordOf("r3", 3, e1, e3));
    ResolutionResult result =
        s.resolve(Suppression.of(EntityKind.PERSON, Set.copyOf(erased.identifiers())));

    assertThat(s.hasPerson(e1) || s.hasPerson(e2)).isFalse();
    assertThat(s.personOf(e3)).isEqualTo(other);
    assertThat(s.exclusionOf(e1))
        .containsEntry("excluded", true)
        .containsEntry("reason", "erased")
        .containsEntry("detail", DETAIL);
    assertThat(s.own(result.exclusions()))
        .containsExactly(
            Exclusion.of(e1, Reason.ERASED, DETAIL), Exclusion.of(e2, Reason.ERASED, DETAIL));
    assertThat(s.idChanges()).isEmpty();

    // once marked, an erased identifier stays excluded, whatever a later run is told
    s.resolve();
    assertThat(s.exclusionOf(e2)).containsEntry("reason", "erased");
    assertThat(s.hasPerson(e1)).isFalse();
  }

  @Test
  void erasingAMergedAwayIdErasesThePersonItWasMergedInto() {
    IdentifierKey x = s.id("email", "x");
    IdentifierKey y = s.id("email", "y");
    s.load(s.recordOf("rx", 1, x), s.recordOf("ry", 2, y));
    s.resolve();
    String survivor = s.personOf(x);
    String mergedAway = s.personOf(y);
    s.load(s.recordOf("rxy", 3, x, y));
    s.resolve();

    Erased erased = erasure.erase(EntityKind.PERSON, mergedAway);

    assertThat(erased).isEqualTo(new Erased(EntityKind.PERSON, survivor, List.of(x, y)));
    assertThat(s.personExists(survivor)).isFalse();
  }

  @Test
  void anUnknownIdErasesNothing() {
    assertThat(erasure.erase(EntityKind.PERSON, "per_unknown"))
        .isEqualTo(new Erased(EntityKind.PERSON, null, List.of()));
  }

  @Test
  void erasingOneIdentifierLeavesTheRestOfItsPersonToTheNextRun() {
    IdentifierKey m1 = s.id("email", "m1");
    IdentifierKey m2 = s.id("email", "m2");
    IdentifierKey m3 = s.id("email", "m3");
    s.load(s.recordOf("r1", 1, m1, m2), s.recordOf("r2", 2, m2, m3));
    s.resolve();
    String id = s.personOf(m1);

    Erased erased = erasure.erase(EntityKind.PERSON, List.of(m2, s.id("email", "never.seen")));
    // the person m2 left is marked for the entity build, which then drops its part in m2's events
    assertThat(
            driver
                .executableQuery("MATCH (p:Person {person_id: $id}) RETURN p:PendingBuild AS p")
                .withParameters(Map.of("id", id))
                .execute()
                .records()
                .getFirst()
                .get("p")
                .asBoolean())
        .isTrue();
    s.resolve();

    assertThat(erased).isEqualTo(new Erased(EntityKind.PERSON, null, List.of(m2)));
    // m1 and m3 were linked only through m2: equal parts, the smaller identifier keeps the id
    assertThat(s.personOf(m1)).isEqualTo(id);
    assertThat(s.personOf(m3)).isEqualTo(Ids.of("per_", "email", m3.value(), "split", id));
  }

  private long identifierNodes(IdentifierKey... keys) {
    return driver
        .executableQuery(
            "UNWIND $values AS v MATCH (i:PersonIdentifier {value: v}) RETURN count(i) AS n")
        .withParameters(
            Map.of("values", java.util.Arrays.stream(keys).map(IdentifierKey::value).toList()))
        .execute()
        .records()
        .getFirst()
        .get("n")
        .asLong();
  }
}
