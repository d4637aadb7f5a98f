package io.nexusgraph.graph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.ingest.eventlog.Ids;
import io.nexusgraph.testkit.NexusServers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** Identity resolution scenarios: real loader, real GDS WCC, exact partitions and ids. */
@ExtendWith(NexusServers.class)
class ResolutionIT {

  private final Scenario s;

  ResolutionIT(Driver driver) {
    GraphSchema.apply(driver);
    this.s = new Scenario(driver);
  }

  @AfterEach
  void cleanUp() {
    s.cleanUp();
  }

  @Test
  void aNewIdentifierBecomesANewPersonWithAnIdFromItsValue() {
    String alice = s.email("alice");
    s.load(s.record("r1", 0, alice));

    s.resolve();

    assertThat(s.personOf(alice)).isEqualTo(Ids.of("per_", "email", alice));
  }

  @Test
  void aPersonThatGainsAnIdentifierKeepsItsIdEvenWhenTheNewOneSortsFirst() {
    String zed = s.email("zed");
    String adam = s.email("adam");
    s.load(s.record("r1", 0, zed));
    s.resolve();
    String id = s.personOf(zed);

    s.load(s.record("r2", 1, zed, adam));
    s.resolve();

    assertThat(s.personOf(adam)).isEqualTo(id);
    assertThat(s.personOf(zed)).isEqualTo(id);
    assertThat(s.idChanges()).isEmpty();
  }

  @Test
  void aRecordJoiningTwoPersonsMergesThemIntoTheOldest() {
    String older = s.email("older");
    String newer = s.email("newer");
    s.load(s.record("r1", 5, newer));
    s.load(s.record("r2", 1, older));
    s.resolve();
    String olderId = s.personOf(older);
    String newerId = s.personOf(newer);

    s.load(s.record("join", 9, newer, older));
    s.resolve();

    assertThat(s.personOf(newer)).isEqualTo(olderId);
    assertThat(s.personExists(newerId)).isFalse();
    assertThat(s.idChanges())
        .containsExactly(
            Map.of(
                "old_id",
                newerId,
                "new_id",
                olderId,
                "change",
                "merge",
                "cause",
                s.eventId("join")));
  }

  @Test
  void aLongChainInOneBatchIsOnePersonWithNoHopLimit() {
    List<String> chain =
        List.of("c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7").stream().map(s::email).toList();
    for (int i = 0; i + 1 < chain.size(); i++) {
      s.load(s.record("link" + i, i, chain.get(i), chain.get(i + 1)));
    }

    s.resolve();

    assertThat(chain.stream().map(s::personOf).distinct()).hasSize(1);
  }

  @Test
  void aChainBuiltAcrossRunsEndsAsOnePersonKeepingTheFirstId() {
    List<String> chain =
        List.of("d0", "d1", "d2", "d3", "d4", "d5", "d6").stream().map(s::email).toList();
    s.load(s.record("seed", 0, chain.getFirst()));
    s.resolve();
    String first = s.personOf(chain.getFirst());

    for (int i = 0; i + 1 < chain.size(); i++) {
      s.load(s.record("step" + i, i + 1, chain.get(i), chain.get(i + 1)));
      s.resolve();
    }

    assertThat(chain.stream().map(s::personOf).distinct()).containsExactly(first);
    assertThat(s.idChanges()).isEmpty();
  }

  @Test
  void seeingTheSameRecordAgainChangesNothing() {
    String alice = s.email("alice");
    String phoneLike = s.email("alice.other");
    s.load(s.record("r1", 0, alice, phoneLike));
    s.resolve();
    String id = s.personOf(alice);

    s.load(s.record("r1", 0, alice, phoneLike));
    s.resolve();

    assertThat(s.personOf(alice)).isEqualTo(id);
    assertThat(s.personOf(phoneLike)).isEqualTo(id);
    assertThat(s.idChanges()).isEmpty();
  }

  @Test
  void senderAndRecipientOfAnEmailStayTwoPersons() {
    String from = s.email("from");
    String to = s.email("to");
    s.load(s.email("mail", 0, from, to));

    s.resolve();

    assertThat(s.personOf(from)).isNotEqualTo(s.personOf(to));
  }

  @Test
  void aConsentDeniedRecordDoesNotLinkItsIdentifiers() {
    String a = s.email("denied.a");
    String b = s.email("denied.b");
    // each is also seen with consent, so each is a person (identifiers seen only in denied
    // records are excluded altogether: ExclusionReasonsIT)
    s.load(s.record("denied", 0, false, List.of(a, b)), s.record("a", 1, a), s.record("b", 1, b));

    s.resolve();

    assertThat(s.personOf(a)).isNotEqualTo(s.personOf(b));
  }

  @Test
  void evidenceArrivingOutOfBusinessOrderGivesTheSameEntity() {
    String a = s.email("late.a");
    String b = s.email("late.b");
    String c = s.email("late.c");
    s.load(s.record("later", 20, b, c));
    s.load(s.record("earlier", 2, a, b));

    s.resolve();

    assertThat(s.personOf(a)).isEqualTo(s.personOf(b)).isEqualTo(s.personOf(c));
    assertThat(s.personOf(a)).isEqualTo(Ids.of("per_", "email", a));
  }
}
