package io.nexusgraph.graph.entities;

import static io.nexusgraph.graph.entities.EntityWorld.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.membership.MembershipRules;
import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.graph.traits.TraitRules;
import io.nexusgraph.testkit.NexusServers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** Resolved traits: which observation wins, and that every observation stays. */
@ExtendWith(NexusServers.class)
class TraitsIT {

  private static final TraitRules PRIORITIES =
      new TraitRules(Map.of("name", List.of("crm", "stripe", "gmail")));

  private final Driver driver;
  private final EntityWorld w;

  TraitsIT(Driver driver) {
    GraphSchema.apply(driver);
    this.driver = driver;
    this.w = new EntityWorld(driver, PRIORITIES, MembershipRules.defaults().withoutInference());
  }

  @AfterEach
  void cleanUp() {
    w.cleanUp();
  }

  @Test
  void theLatestObservationWinsWhenTheTraitHasNoSourcePriority() {
    String alice = w.email("alice");
    w.load(
        w.record("r1", 1, "segment")
            .person("u", "email", alice, "user")
            .personTrait("u", "title", "Engineer"),
        w.record("r3", 3, "segment")
            .person("u", "email", alice, "user")
            .personTrait("u", "title", "Lead"),
        w.record("r2", 2, "crm")
            .person("c", "email", alice, "contact")
            .personTrait("c", "title", "Senior"));

    w.run();

    assertThat(w.personTraits())
        .containsExactly(new ResolvedTrait(w.personOf(alice), "title", "Lead", "segment", day(3)));
  }

  @Test
  void aPrioritisedSourceBeatsANewerObservationFromALowerOrUnlistedSource() {
    String alice = w.email("alice");
    w.load(
        w.record("crm", 1, "crm")
            .person("c", "email", alice, "contact")
            .personTrait("c", "name", "Alice Baker"),
        w.record("stripe", 3, "stripe")
            .person("c", "email", alice, "customer")
            .personTrait("c", "name", "A. Baker"),
        w.record("gmail", 5, "gmail")
            .person("s", "email", alice, "sender")
            .personTrait("s", "name", "Ally"),
        w.record("csv", 9, "webinar_csv")
            .person("a", "email", alice, "attendee")
            .personTrait("a", "name", "alice"));

    w.run();

    assertThat(w.personTraits())
        .containsExactly(
            new ResolvedTrait(w.personOf(alice), "name", "Alice Baker", "crm", day(1)));
  }

  @Test
  void amongEquallyRankedSourcesTheLatestWinsAndUnlistedSourcesRankLast() {
    String bob = w.email("bob");
    w.load(
        w.record("gmail2", 2, "gmail")
            .person("s", "email", bob, "sender")
            .personTrait("s", "name", "Bob G"),
        w.record("gmail4", 4, "gmail")
            .person("s", "email", bob, "sender")
            .personTrait("s", "name", "Bobby"),
        w.record("csv", 7, "webinar_csv")
            .person("a", "email", bob, "attendee")
            .personTrait("a", "name", "Robert"));

    w.run();

    assertThat(w.personTraits())
        .containsExactly(new ResolvedTrait(w.personOf(bob), "name", "Bobby", "gmail", day(4)));
  }

  @Test
  void tiesAtTheSameTimeAreBrokenBySourceThenValue() {
    String carol = w.email("carol");
    w.load(
        w.record("b", 4, "b_source")
            .person("x", "email", carol, "user")
            .personTrait("x", "title", "Zeta"),
        w.record("a", 4, "a_source")
            .person("x", "email", carol, "user")
            .personTrait("x", "title", "Omega"),
        w.record("a2", 4, "a_source")
            .person("x", "email", carol, "user")
            .personTrait("x", "title", "Alpha"));

    w.run();

    assertThat(w.personTraits())
        .containsExactly(
            new ResolvedTrait(w.personOf(carol), "title", "Alpha", "a_source", day(4)));
  }

  @Test
  void everyObservationIsKeptWhileTheWinnerMovesWithNewerData() {
    String dan = w.email("dan");
    w.load(
        w.record("r1", 1, "segment")
            .person("u", "email", dan, "user")
            .personTrait("u", "title", "Intern")
            .personTrait("u", "plan", "free"));
    w.run();
    String id = w.personOf(dan);

    w.load(
        w.record("r2", 6, "segment")
            .person("u", "email", dan, "user")
            .personTrait("u", "title", "CTO"));
    w.run();

    assertThat(w.personTraits())
        .containsExactlyInAnyOrder(
            new ResolvedTrait(id, "title", "CTO", "segment", day(6)),
            new ResolvedTrait(id, "plan", "free", "segment", day(1)));
    assertThat(
            driver
                .executableQuery(
                    "MATCH (:Person {person_id: $id})<-[:IDENTIFIES]-()-[:TRAIT_OBSERVED]->(t)"
                        + " RETURN t.name + '=' + t.value AS trait ORDER BY trait")
                .withParameters(Map.of("id", id))
                .execute()
                .records()
                .stream()
                .map(r -> r.get("trait").asString()))
        .containsExactly("plan=free", "title=CTO", "title=Intern");
  }

  @Test
  void aTraitFollowsTheOtherIdentifiersOfItsRecordWhenItsHubIsAnExcludedSharedIdentifier() {
    // A kiosk's anonymous id (the hub of every record: anonymous_id sorts before email) is seen
    // with four emails, over the limit of 3: it is excluded, and each record's name still reaches
    // the person of that record's email.
    String kiosk = w.email("kiosk");
    List<String> people = List.of("p1", "p2", "p3", "p4").stream().map(w::email).toList();
    for (int i = 0; i < people.size(); i++) {
      w.load(
          w.record("visit" + i, i, "segment")
              .person("u", "anonymous_id", kiosk, "user")
              .person("u", "email", people.get(i), "user")
              .personTrait("u", "name", "Visitor " + i));
    }

    w.run();

    assertThat(w.personTraits())
        .containsExactlyInAnyOrder(
            new ResolvedTrait(w.personOf(people.get(0)), "name", "Visitor 0", "segment", day(0)),
            new ResolvedTrait(w.personOf(people.get(1)), "name", "Visitor 1", "segment", day(1)),
            new ResolvedTrait(w.personOf(people.get(2)), "name", "Visitor 2", "segment", day(2)),
            new ResolvedTrait(w.personOf(people.get(3)), "name", "Visitor 3", "segment", day(3)));
  }

  @Test
  void groupsResolveTheirTraitsByTheSameRules() {
    String acme = w.domain("acme");
    w.load(
        w.record("seg", 2, "segment")
            .group("g", "domain", acme, "account")
            .groupTrait("g", "name", "ACME")
            .groupTrait("g", "industry", "Retail"),
        w.record("crm", 1, "crm")
            .group("g", "domain", acme, "company")
            .groupTrait("g", "name", "Acme Inc.")
            .groupTrait("g", "industry", "Manufacturing"));

    w.run();

    String id = w.groupOf(acme);
    assertThat(w.groupTraits())
        .containsExactlyInAnyOrder(
            new ResolvedTrait(id, "name", "Acme Inc.", "crm", day(1)),
            new ResolvedTrait(id, "industry", "Retail", "segment", day(2)));
  }
}
