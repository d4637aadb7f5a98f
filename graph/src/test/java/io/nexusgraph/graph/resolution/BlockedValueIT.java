package io.nexusgraph.graph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.resolution.Exclusion.Reason;
import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.ingest.eventlog.Ids;
import io.nexusgraph.testkit.NexusServers;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** Blocking a value that is already in the graph: it stops linking on the next run. */
@ExtendWith(NexusServers.class)
class BlockedValueIT {

  private final Scenario s;

  BlockedValueIT(Driver driver) {
    GraphSchema.apply(driver);
    this.s = new Scenario(driver);
  }

  @AfterEach
  void cleanUp() {
    s.cleanUp();
  }

  @Test
  void blockingAGluingValueSplitsTheEntityAndTheLargestPartKeepsTheId() {
    // a1–a2 and a1–placeholder (day 1), b1–placeholder (day 2): one person through the placeholder
    IdentifierKey a1 = s.id("email", "a1");
    IdentifierKey a2 = s.id("email", "a2");
    IdentifierKey b1 = s.id("email", "b1");
    IdentifierKey placeholder = s.id("email", "noreply");
    s.load(
        s.recordOf("r1", 1, a1, a2),
        s.recordOf("r2", 1, a1, placeholder),
        s.recordOf("r3", 2, b1, placeholder));
    s.resolve();
    String glued = s.personOf(a1);
    assertThat(glued).isEqualTo(Ids.of("per_", "email", a1.value()));
    assertThat(s.personOf(b1)).isEqualTo(glued);

    ResolutionResult result =
        s.resolve(
            Guardrails.defaults()
                .withBlocklist(
                    new Blocklist(
                        List.of(new Blocklist.Value("email", placeholder.value())), List.of())));

    String splitOff = Ids.of("per_", "email", b1.value(), "split", glued);
    assertThat(s.personOf(a1)).isEqualTo(glued);
    assertThat(s.personOf(a2)).isEqualTo(glued);
    assertThat(s.personOf(b1)).isEqualTo(splitOff);
    assertThat(s.hasPerson(placeholder)).isFalse();
    assertThat(s.exclusionOf(placeholder))
        .containsEntry("excluded", true)
        .containsEntry("reason", "blocked_value")
        .containsEntry("detail", "blocked value");
    assertThat(s.own(result.exclusions()))
        .containsExactly(Exclusion.of(placeholder, Reason.BLOCKED_VALUE, "blocked value"));
    assertThat(result.changes())
        .containsExactly(new IdChange(glued, splitOff, IdChange.Change.SPLIT, null));
    assertThat(s.idChanges())
        .extracting(c -> c.get("old_id") + " -> " + c.get("new_id") + " " + c.get("change"))
        .containsExactly(glued + " -> " + splitOff + " split");
  }

  @Test
  void aNewRecordWhoseHubIsBlockedStillLinksItsOtherIdentifiersInAnIncrementalRun() {
    IdentifierKey kiosk = s.id("anonymous_id", "kiosk"); // the smallest key: the star's hub
    IdentifierKey e1 = s.id("email", "e1");
    IdentifierKey e2 = s.id("email", "e2");
    IdentifierKey e3 = s.id("email", "e3");
    Guardrails blocking =
        Guardrails.defaults()
            .withBlocklist(
                new Blocklist(
                    List.of(new Blocklist.Value("anonymous_id", kiosk.value())), List.of()));
    s.load(s.recordOf("signup", 1, e1, e2));
    s.resolve(blocking);
    String id = s.personOf(e1);

    s.load(s.recordOf("visit", 2, kiosk, e2, e3));
    ResolutionResult result = s.resolve(blocking);

    // the record still says e2 and e3 are one person, though its hub links nothing
    assertThat(result.incremental()).isTrue();
    assertThat(s.personOf(e3)).isEqualTo(s.personOf(e2)).isEqualTo(id);
    assertThat(s.hasPerson(kiosk)).isFalse();
    assertThat(s.own(result.exclusions()))
        .containsExactly(Exclusion.of(kiosk, Reason.BLOCKED_VALUE, "blocked value"));
  }

  @Test
  void aPatternBlocksEveryMatchingValueAndUnblockingMergesThePartsBackIntoTheOldest() {
    IdentifierKey a = s.id("email", "a");
    IdentifierKey b = s.id("email", "b");
    IdentifierKey test = s.id("email", "qa-test-7");
    s.load(s.recordOf("r1", 1, a, test), s.recordOf("r2", 2, b, test));
    Guardrails blocking =
        Guardrails.defaults()
            .withBlocklist(
                new Blocklist(List.of(), List.of(new Blocklist.Regex("*", "qa-test-[0-9]+@.*"))));

    s.resolve(blocking);
    String idA = s.personOf(a);
    String idB = s.personOf(b);
    assertThat(idA).isNotEqualTo(idB);
    assertThat(s.exclusionOf(test))
        .containsEntry("reason", "blocked_value")
        .containsEntry("detail", "matches blocked pattern qa-test-[0-9]+@.*");

    ResolutionResult unblocked = s.resolve(Guardrails.defaults());

    // a (day 1) is older than b (day 2): a's id survives, b's is retired by the record r2
    assertThat(s.personOf(b)).isEqualTo(idA);
    assertThat(s.personOf(test)).isEqualTo(idA);
    assertThat(s.exclusionOf(test)).containsEntry("excluded", null).containsEntry("reason", null);
    assertThat(s.own(unblocked.exclusions())).isEmpty();
    assertThat(unblocked.changes())
        .containsExactly(new IdChange(idB, idA, IdChange.Change.MERGE, s.eventId("r2")));
  }
}
