package io.nexusgraph.graph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.testkit.NexusServers;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** Over-merge guardrails with the default limits, against the real loader and GDS. */
@ExtendWith(NexusServers.class)
class GuardrailsIT {

  private final Scenario s;

  GuardrailsIT(Driver driver) {
    GraphSchema.apply(driver);
    this.s = new Scenario(driver);
  }

  @AfterEach
  void cleanUp() {
    s.cleanUp();
  }

  @Test
  void aSharedInboxDoesNotMergeItsUsers() {
    IdentifierKey inbox = s.id("email", "support");
    List<IdentifierKey> users =
        IntStream.rangeClosed(1, 4).mapToObj(i -> s.id("user_id", "u" + i)).toList();
    for (int i = 0; i < users.size(); i++) {
      s.load(s.recordOf("login" + i, i, users.get(i), inbox));
    }

    ResolutionResult result = s.resolve();

    assertThat(users.stream().map(s::personOf).distinct()).hasSize(4);
    assertThat(s.hasPerson(inbox)).isFalse();
    assertThat(s.exclusionOf(inbox))
        .containsEntry("excluded", true)
        .containsEntry("reason", "shared_identifier")
        .containsEntry("detail", "linked to 4 user_id identifiers (limit 3)");
    assertThat(result.exclusions())
        .contains(
            new Exclusion(
                "email",
                inbox.value(),
                "shared_identifier",
                "linked to 4 user_id identifiers (limit 3)"));
  }

  @Test
  void anEmailWithUpToThreeUserIdsStillLinksThem() {
    IdentifierKey email = s.id("email", "jane");
    List<IdentifierKey> users =
        IntStream.rangeClosed(1, 3).mapToObj(i -> s.id("user_id", "j" + i)).toList();
    for (int i = 0; i < users.size(); i++) {
      s.load(s.recordOf("login" + i, i, users.get(i), email));
    }

    s.resolve();

    assertThat(users.stream().map(s::personOf).distinct()).containsExactly(s.personOf(email));
  }

  @Test
  void aKioskAnonymousIdSeenWithManyEmailsMergesNobody() {
    IdentifierKey kiosk = s.id("anonymous_id", "kiosk");
    List<IdentifierKey> visitors = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      IdentifierKey visitor = s.id("email", "visitor" + i);
      visitors.add(visitor);
      s.load(s.recordOf("visit" + i, i, kiosk, visitor));
    }

    s.resolve();

    assertThat(visitors.stream().map(s::personOf).distinct()).hasSize(11);
    assertThat(s.exclusionOf(kiosk))
        .containsEntry("detail", "linked to 11 email identifiers (limit 10)");
  }

  @Test
  void anIdentifierThatBecomesSharedSplitsThePersonItHadGluedTogether() {
    IdentifierKey inbox = s.id("email", "team");
    List<IdentifierKey> users =
        IntStream.rangeClosed(1, 4).mapToObj(i -> s.id("user_id", "t" + i)).toList();
    for (int i = 0; i < 3; i++) {
      s.load(s.recordOf("login" + i, i, users.get(i), inbox));
    }
    s.resolve();
    String glued = s.personOf(inbox);
    assertThat(users.subList(0, 3).stream().map(s::personOf).distinct()).containsExactly(glued);

    s.load(s.recordOf("login3", 3, users.get(3), inbox));
    ResolutionResult result = s.resolve();

    // Four equal parts: the one with the smallest identifier (t1) keeps the id, three split off.
    assertThat(s.personOf(users.get(0))).isEqualTo(glued);
    assertThat(users.stream().map(s::personOf).distinct()).hasSize(4);
    assertThat(s.hasPerson(inbox)).isFalse();
    assertThat(result.split()).isEqualTo(2);
    assertThat(s.idChanges())
        .extracting(c -> c.get("old_id") + " " + c.get("change"))
        .containsExactly(glued + " split", glued + " split");
  }
}
