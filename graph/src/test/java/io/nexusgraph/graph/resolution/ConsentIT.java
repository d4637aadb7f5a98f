package io.nexusgraph.graph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.resolution.Exclusion.Reason;
import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.Ids;
import io.nexusgraph.testkit.NexusServers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** Identifiers seen only in records that denied consent: recorded, kept, never an entity. */
@ExtendWith(NexusServers.class)
class ConsentIT {

  private static final String DETAIL = "seen only in records that denied consent";

  private final Driver driver;
  private final Scenario s;

  ConsentIT(Driver driver) {
    GraphSchema.apply(driver);
    this.driver = driver;
    this.s = new Scenario(driver);
  }

  @AfterEach
  void cleanUp() {
    s.cleanUp();
  }

  @Test
  void identifiersSeenOnlyWithConsentDeniedAreRecordedAndFormNoEntity() {
    IdentifierKey c1 = s.id("email", "c1");
    IdentifierKey c2 = s.id("email", "c2");
    IdentifierKey c3 = s.id("email", "c3");
    IdentifierKey c4 = s.id("email", "c4");
    IdentifierKey alone = s.id("email", "alone");
    s.load(
        s.deniedRecordOf("d1", 0, c1, c2),
        s.recordOf("ok", 1, c3),
        s.deniedRecordOf("d2", 2, c3, c4),
        s.deniedRecordOf("d3", 3, alone));

    ResolutionResult result = s.resolve();

    assertThat(s.hasPerson(c1) || s.hasPerson(c2) || s.hasPerson(c4) || s.hasPerson(alone))
        .isFalse();
    assertThat(s.personOf(c3)).isEqualTo(Ids.of("per_", "email", c3.value()));
    assertThat(s.exclusionOf(c4))
        .containsEntry("excluded", true)
        .containsEntry("reason", "consent")
        .containsEntry("detail", DETAIL);
    List<Exclusion> expected = List.of(consent(alone), consent(c1), consent(c2), consent(c4));
    assertThat(s.own(result.exclusions())).isEqualTo(expected);
    List<Exclusion> streamed = new ArrayList<>();
    new Exclusions(driver).stream(EntityKind.PERSON, streamed::add);
    assertThat(s.own(streamed)).isEqualTo(expected);
  }

  @Test
  void aLaterRecordWithConsentLiftsTheExclusionAndLinks() {
    IdentifierKey c1 = s.id("email", "c1");
    IdentifierKey c2 = s.id("email", "c2");
    IdentifierKey c5 = s.id("email", "c5");
    s.load(s.deniedRecordOf("d1", 0, c1, c2));
    s.resolve();
    assertThat(s.hasPerson(c1)).isFalse();

    s.load(s.recordOf("ok", 3, c1, c5));
    ResolutionResult result = s.resolve();

    assertThat(s.personOf(c1))
        .isEqualTo(s.personOf(c5))
        .isEqualTo(Ids.of("per_", "email", c1.value()));
    assertThat(s.exclusionOf(c1)).containsEntry("excluded", null).containsEntry("reason", null);
    assertThat(s.own(result.exclusions())).containsExactly(consent(c2));
  }

  private static Exclusion consent(IdentifierKey key) {
    return Exclusion.of(key, Reason.CONSENT, DETAIL);
  }
}
