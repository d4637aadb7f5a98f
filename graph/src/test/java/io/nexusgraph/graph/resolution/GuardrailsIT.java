package io.nexusgraph.graph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.testkit.NexusServers;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** Over-merge guardrails (shared identifiers, size alert), against the real loader and GDS. */
@ExtendWith(NexusServers.class)
class GuardrailsIT {

  /** The shared-identifier guardrail alone, without the default one-user_id-per-person limit. */
  private static final Guardrails WITHOUT_TYPE_LIMITS =
      Guardrails.defaults().withTypeLimits(List.of());

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
    List<IdentifierKey> users = ids("user_id", "u", 3);
    for (int i = 0; i < users.size(); i++) {
      s.load(s.recordOf("login" + i, i, users.get(i), inbox));
    }

    ResolutionResult result = s.resolve();

    assertThat(users.stream().map(s::personOf).distinct()).hasSize(3);
    assertThat(s.hasPerson(inbox)).isFalse();
    assertThat(s.exclusionOf(inbox))
        .containsEntry("excluded", true)
        .containsEntry("reason", "shared_identifier")
        .containsEntry("detail", "linked to 3 user_id identifiers (limit 2)");
    assertThat(result.exclusions())
        .contains(
            new Exclusion(
                "email",
                inbox.value(),
                Exclusion.Reason.SHARED_IDENTIFIER,
                "linked to 3 user_id identifiers (limit 2)"));
  }

  @Test
  void anInboxIsCountedAsSharedEvenWhenItIsNotTheHubOfTheEvidence() {
    // anonymous_id sorts before email and user_id: each record's star has the anonymous id as
    // its hub, so the inbox never touches a user id directly.
    IdentifierKey inbox = s.id("email", "desk");
    List<IdentifierKey> users = ids("user_id", "v", 3);
    for (int i = 0; i < users.size(); i++) {
      s.load(s.recordOf("visit" + i, i, s.id("anonymous_id", "a" + i), users.get(i), inbox));
    }

    s.resolve();

    assertThat(s.exclusionOf(inbox))
        .containsEntry("detail", "linked to 3 user_id identifiers (limit 2)");
    assertThat(users.stream().map(s::personOf).distinct()).hasSize(3);
  }

  @Test
  void anEmailWithUpToTwoUserIdsIsNotSharedAndLinksThemWithoutATypeLimit() {
    IdentifierKey email = s.id("email", "jane");
    List<IdentifierKey> users = ids("user_id", "j", 2);
    for (int i = 0; i < users.size(); i++) {
      s.load(s.recordOf("login" + i, i, users.get(i), email));
    }

    s.resolve(WITHOUT_TYPE_LIMITS);

    assertThat(users.stream().map(s::personOf).distinct()).containsExactly(s.personOf(email));
    assertThat(s.exclusionOf(email)).containsEntry("excluded", null);
  }

  @Test
  void withTheDefaultUserIdLimitAnEmailOfTwoAccountsGoesWithTheMoreRecentOne() {
    IdentifierKey email = s.id("email", "jane");
    List<IdentifierKey> users = ids("user_id", "j", 2);
    for (int i = 0; i < users.size(); i++) {
      s.load(s.recordOf("login" + i, i, users.get(i), email));
    }

    s.resolve();

    assertThat(s.personOf(email)).isEqualTo(s.personOf(users.get(1)));
    assertThat(s.personOf(users.get(0))).isNotEqualTo(s.personOf(email));
    assertThat(s.exclusionOf(email)).containsEntry("excluded", null);
    assertThat(s.exclusionOf(users.get(0))).containsEntry("reason", "type_limit");
  }

  @Test
  void aKioskAnonymousIdSeenWithManyEmailsMergesNobody() {
    IdentifierKey kiosk = s.id("anonymous_id", "kiosk");
    List<IdentifierKey> visitors = ids("email", "visitor", 4);
    for (int i = 0; i < visitors.size(); i++) {
      s.load(s.recordOf("visit" + i, i, kiosk, visitors.get(i)));
    }

    s.resolve();

    assertThat(visitors.stream().map(s::personOf).distinct()).hasSize(4);
    assertThat(s.exclusionOf(kiosk))
        .containsEntry("detail", "linked to 4 email identifiers (limit 3)");
  }

  @Test
  void aFamilyPhoneUsedByTwoAccountsMergesNobody() {
    IdentifierKey phone = s.id("phone", "home");
    List<IdentifierKey> accounts = ids("user_id", "f", 2);
    for (int i = 0; i < accounts.size(); i++) {
      s.load(s.recordOf("signup" + i, i, accounts.get(i), phone));
    }

    s.resolve();

    assertThat(s.personOf(accounts.get(0))).isNotEqualTo(s.personOf(accounts.get(1)));
    assertThat(s.exclusionOf(phone))
        .containsEntry("detail", "linked to 2 user_id identifiers (limit 1)");
  }

  @Test
  void anIdentifierThatBecomesSharedSplitsThePersonItHadGluedTogether() {
    IdentifierKey inbox = s.id("email", "team");
    List<IdentifierKey> users = ids("user_id", "t", 3);
    s.load(
        s.recordOf("login0", 0, users.get(0), inbox), s.recordOf("login1", 1, users.get(1), inbox));
    s.resolve(WITHOUT_TYPE_LIMITS);
    String glued = s.personOf(inbox);
    assertThat(s.personOf(users.get(1))).isEqualTo(s.personOf(users.get(0))).isEqualTo(glued);

    s.load(s.recordOf("login2", 2, users.get(2), inbox));
    ResolutionResult result = s.resolve(WITHOUT_TYPE_LIMITS);

    // Equal parts: the one with the smallest identifier (t1) keeps the id; t2 splits off; t3 is
    // new (it never had an id).
    assertThat(s.personOf(users.get(0))).isEqualTo(glued);
    assertThat(users.stream().map(s::personOf).distinct()).hasSize(3);
    assertThat(s.hasPerson(inbox)).isFalse();
    assertThat(result.split()).isEqualTo(1);
    assertThat(s.idChanges())
        .extracting(c -> c.get("old_id") + " " + c.get("change"))
        .containsExactly(glued + " split");
  }

  @Test
  void anEntityOverTheSizeAlertIsReportedWithItsSize() {
    Guardrails d = Guardrails.defaults();
    Guardrails alertOverTwo =
        new Guardrails(d.sharedLimits(), d.typeLimits(), d.typePriority(), d.blocklist(), 2);
    List<IdentifierKey> big = ids("email", "big", 3);
    IdentifierKey small = s.id("email", "small");
    s.load(s.recordOf("big", 1, big.toArray(IdentifierKey[]::new)), s.recordOf("small", 1, small));

    ResolutionResult result = s.resolve(alertOverTwo);

    assertThat(result.oversizedEntities())
        .containsExactly(new OversizedEntity(s.personOf(big.getFirst()), 3));
  }

  private List<IdentifierKey> ids(String type, String prefix, int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> s.id(type, prefix + i)).toList();
  }
}
