package io.nexusgraph.graph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.resolution.Exclusion.Reason;
import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.ingest.eventlog.Ids;
import io.nexusgraph.testkit.NexusServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** At most one user_id per person (the default type limit), by dropping the weakest evidence. */
@ExtendWith(NexusServers.class)
class TypeLimitIT {

  private final Scenario s;

  TypeLimitIT(Driver driver) {
    GraphSchema.apply(driver);
    this.s = new Scenario(driver);
  }

  @AfterEach
  void cleanUp() {
    s.cleanUp();
  }

  @Test
  void ofTwoEquallyStrongRecordsTheMostRecentKeepsTheSharedEmail() {
    IdentifierKey u1 = s.id("user_id", "u1");
    IdentifierKey u2 = s.id("user_id", "u2");
    IdentifierKey email = s.id("email", "e");
    s.load(s.recordOf("old", 1, u1, email), s.recordOf("new", 5, u2, email));

    ResolutionResult result = s.resolve();

    assertThat(s.personOf(email))
        .isEqualTo(s.personOf(u2))
        .isEqualTo(Ids.of("per_", "email", email.value()));
    assertThat(s.personOf(u1)).isEqualTo(Ids.of("per_", "user_id", u1.value()));
    String detail =
        "at most 1 user_id per entity; weaker evidence dropped: edg_" + s.eventId("old");
    assertThat(s.exclusionOf(u1))
        .containsEntry("excluded", false)
        .containsEntry("reason", "type_limit")
        .containsEntry("detail", detail);
    assertThat(s.own(result.exclusions()))
        .containsExactly(Exclusion.of(u1, Reason.TYPE_LIMIT, detail));
  }

  @Test
  void aNewIdentifierOfOnePartJoinsItAndTheNoteOfTheSplitStays() {
    IdentifierKey u1 = s.id("user_id", "u1");
    IdentifierKey u2 = s.id("user_id", "u2");
    IdentifierKey email = s.id("email", "e");
    IdentifierKey device = s.id("anonymous_id", "a");
    s.load(s.recordOf("old", 1, u1, email), s.recordOf("new", 5, u2, email));
    s.resolve();
    String cutOff = s.personOf(u1);
    String kept = s.personOf(email);

    // the group (u1's part and the new device) breaks no limit: one entity, no re-split
    s.load(s.recordOf("visit", 9, device, u1));
    ResolutionResult result = s.resolve();

    assertThat(result.incremental()).isTrue();
    assertThat(s.personOf(device)).isEqualTo(s.personOf(u1)).isEqualTo(cutOff);
    assertThat(s.personOf(email)).isEqualTo(s.personOf(u2)).isEqualTo(kept);
    assertThat(s.exclusionOf(u1))
        .containsEntry("reason", "type_limit")
        .containsEntry(
            "detail",
            "at most 1 user_id per entity; weaker evidence dropped: edg_" + s.eventId("old"));
    assertThat(result.changes()).isEmpty();
  }

  @Test
  void evidenceBetweenStrongerTypesWinsOverMoreRecentEvidenceThroughAnAnonymousId() {
    IdentifierKey u1 = s.id("user_id", "u1");
    IdentifierKey u2 = s.id("user_id", "u2");
    IdentifierKey email = s.id("email", "e");
    IdentifierKey device = s.id("anonymous_id", "a");
    s.load(
        s.recordOf("login", 1, u1, email),
        s.recordOf("visit", 9, device, email),
        s.recordOf("visit2", 9, device, u2));

    s.resolve();

    String kept = Ids.of("per_", "anonymous_id", device.value());
    assertThat(s.personOf(u1)).isEqualTo(s.personOf(email)).isEqualTo(kept);
    assertThat(s.personOf(device)).isEqualTo(kept);
    assertThat(s.personOf(u2)).isEqualTo(Ids.of("per_", "user_id", u2.value()));
    assertThat(s.exclusionOf(u2))
        .containsEntry("reason", "type_limit")
        .containsEntry(
            "detail",
            "at most 1 user_id per entity; weaker evidence dropped: edg_" + s.eventId("visit2"));
  }

  @Test
  void aSecondAccountArrivingLaterTakesTheEmailAndTheFirstSplitsOff() {
    IdentifierKey u1 = s.id("user_id", "u1");
    IdentifierKey u2 = s.id("user_id", "u2");
    IdentifierKey email = s.id("email", "e");
    s.load(s.recordOf("signup1", 1, u1, email));
    s.resolve();
    String id = s.personOf(u1);

    s.load(s.recordOf("signup2", 5, u2, email));
    ResolutionResult result = s.resolve();

    // one of the person's two identifiers in each part: the part with the smaller identifier
    // (the email) keeps the id, the first account splits off
    String splitOff = Ids.of("per_", "user_id", u1.value(), "split", id);
    assertThat(s.personOf(email)).isEqualTo(s.personOf(u2)).isEqualTo(id);
    assertThat(s.personOf(u1)).isEqualTo(splitOff);
    assertThat(result.changes())
        .containsExactly(new IdChange(id, splitOff, IdChange.Change.SPLIT, null));
  }

  @Test
  void withoutATypeLimitTwoAccountsOfOneEmailAreOnePerson() {
    IdentifierKey u1 = s.id("user_id", "u1");
    IdentifierKey u2 = s.id("user_id", "u2");
    IdentifierKey email = s.id("email", "e");
    s.load(s.recordOf("old", 1, u1, email), s.recordOf("new", 5, u2, email));

    ResolutionResult result = s.resolve(Guardrails.defaults().withTypeLimits(java.util.List.of()));

    assertThat(s.personOf(u1)).isEqualTo(s.personOf(u2)).isEqualTo(s.personOf(email));
    assertThat(s.own(result.exclusions())).isEmpty();
  }
}
