package io.nexusgraph.graph.entities;

import static io.nexusgraph.graph.entities.EntityWorld.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.membership.MembershipRules;
import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.graph.traits.TraitRules;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.testkit.NexusServers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** The build as a whole: merges and splits move what was derived, and building again is a no-op. */
@ExtendWith(NexusServers.class)
class EntityBuildIT {

  private final Driver driver;
  private final EntityWorld w;

  EntityBuildIT(Driver driver) {
    GraphSchema.apply(driver);
    this.driver = driver;
    this.w = new EntityWorld(driver, TraitRules.defaults(), MembershipRules.defaults());
  }

  @AfterEach
  void cleanUp() {
    w.cleanUp();
  }

  @Test
  void aMergeMovesTraitsMembershipsAndParticipationToTheSurvivor() {
    String a = w.email("alice");
    String b = w.email("al");
    String acme = w.domain("acme");
    String globex = w.domain("globex");
    w.load(
        w.record("crm", 1, "crm")
            .person("p", "email", a, "contact")
            .personTrait("p", "name", "Alice")
            .group("g", "domain", acme, "company")
            .membership(a, acme, "member"),
        w.record("mail", 2, "gmail")
            .person("from", "email", b, "sender")
            .personTrait("from", "name", "Al")
            .group("g", "domain", globex, "sender")
            .membership(b, globex, "employee"));
    w.run();
    String older = w.personOf(a);
    String newer = w.personOf(b);
    assertThat(newer).isNotEqualTo(older);

    w.load(
        w.record("join", 3, "stripe")
            .person("c", "email", a, "customer")
            .person("c", "email", b, "customer")
            .personTrait("c", "title", "CFO"));
    EntityBuildResult result = w.run();

    assertThat(w.personOf(b)).isEqualTo(older);
    assertThat(w.exists(newer)).isFalse();
    assertThat(w.personTraits())
        .containsExactlyInAnyOrder(
            new ResolvedTrait(older, "name", "Alice", "crm", day(1)),
            new ResolvedTrait(older, "title", "CFO", "stripe", day(3)));
    assertThat(w.memberships())
        .containsExactlyInAnyOrder(
            new ResolvedMembership(older, w.groupOf(acme), "member", "crm", day(1), day(1)),
            new ResolvedMembership(older, w.groupOf(globex), "employee", "gmail", day(2), day(2)));
    assertThat(w.personParticipants())
        .containsExactlyInAnyOrder(
            new Participation(EntityKind.PERSON, older, w.eventId("crm"), "contact"),
            new Participation(EntityKind.PERSON, older, w.eventId("mail"), "sender"),
            new Participation(EntityKind.PERSON, older, w.eventId("join"), "customer"));
    assertThat(result.full()).isFalse();
    assertThat(pendingOfThisWorld()).isZero();
  }

  @Test
  void buildingAgainIncrementallyOrFullyChangesNothing() {
    String a = w.email("alice");
    String acme = w.domain("acme");
    w.load(
        w.record("crm", 1, "crm")
            .person("p", "email", a, "contact")
            .personTrait("p", "name", "Alice")
            .group("g", "domain", acme, "company")
            .groupTrait("g", "name", "Acme")
            .membership(a, acme, "owner"),
        w.record("mail", 2, "gmail").person("to", "email", a, "recipient"));
    w.run();
    List<String> built = w.derived(true);
    assertThat(built).hasSize(6);

    // Loading the same records again marks them for the next build, which finds nothing new.
    w.load(w.record("mail", 2, "gmail").person("to", "email", a, "recipient"));
    EntityBuildResult again = w.run();
    EntityBuildResult full = w.buildAll();

    assertThat(again.persons()).isEqualTo(1);
    assertThat(full.full()).isTrue();
    // Same relationships, same element ids: nothing was deleted and re-created.
    assertThat(w.derived(true)).isEqualTo(built);
  }

  @Test
  void aSplitAfterAnIdentifierIsExcludedGivesEachPartItsOwnTraitsAndEqualsAFullBuild() {
    String kiosk = w.email("kiosk");
    List<String> people = List.of("p0", "p1", "p2", "p3").stream().map(w::email).toList();
    for (int i = 0; i < 3; i++) {
      w.load(visit(kiosk, people.get(i), i));
    }
    w.run();
    // Three visitors on one kiosk are still one person (the limit is 3 emails): the latest name.
    String glued = w.personOf(people.get(0));
    assertThat(w.personTraits())
        .containsExactly(new ResolvedTrait(glued, "name", "Visitor 2", "segment", day(2)));

    w.load(visit(kiosk, people.get(3), 3));
    w.run();
    List<String> incremental = w.derived(false);

    assertThat(w.personTraits())
        .containsExactlyInAnyOrder(
            new ResolvedTrait(w.personOf(people.get(0)), "name", "Visitor 0", "segment", day(0)),
            new ResolvedTrait(w.personOf(people.get(1)), "name", "Visitor 1", "segment", day(1)),
            new ResolvedTrait(w.personOf(people.get(2)), "name", "Visitor 2", "segment", day(2)),
            new ResolvedTrait(w.personOf(people.get(3)), "name", "Visitor 3", "segment", day(3)));
    w.buildAll();
    assertThat(w.derived(false)).isEqualTo(incremental);
  }

  private SourceRecord visit(String kiosk, String email, int day) {
    return w.record("visit" + day, day, "segment")
        .person("u", "anonymous_id", kiosk, "user")
        .person("u", "email", email, "user")
        .personTrait("u", "name", "Visitor " + day);
  }

  private long pendingOfThisWorld() {
    return driver
        .executableQuery(
            "MATCH (n:PendingBuild) WHERE coalesce(n.value, n.person_id, n.group_id) CONTAINS $t"
                + " OR EXISTS { (n)<-[:IDENTIFIES]-(i) WHERE i.value CONTAINS $t }"
                + " RETURN count(n) AS n")
        .withParameters(Map.of("t", w.token))
        .execute()
        .records()
        .getFirst()
        .get("n")
        .asLong();
  }
}
