package io.nexusgraph.graph.entities;

import static io.nexusgraph.graph.entities.EntityWorld.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.membership.MembershipRules;
import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.graph.traits.TraitRules;
import io.nexusgraph.testkit.NexusServers;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** Memberships: observed (latest role wins) and inferred from corporate email domains. */
@ExtendWith(NexusServers.class)
class MembershipsIT {

  private final Driver driver;
  private final EntityWorld w;

  MembershipsIT(Driver driver) {
    GraphSchema.apply(driver);
    this.driver = driver;
    this.w = new EntityWorld(driver, TraitRules.defaults(), MembershipRules.defaults());
  }

  @AfterEach
  void cleanUp() {
    w.cleanUp();
  }

  @Test
  void theLatestObservedRoleWinsAndTheMembershipSpansAllObservations() {
    String alice = w.email("alice");
    String acme = w.domain("acme");
    w.load(
        company(w.record("r1", 1, "gmail"), alice, acme).membership(alice, acme, "member"),
        company(w.record("r5", 5, "crm"), alice, acme).membership(alice, acme, "owner"),
        company(w.record("r3", 3, "stripe"), alice, acme).membership(alice, acme, "admin"));

    w.run();

    assertThat(w.memberships())
        .containsExactly(
            new ResolvedMembership(
                w.personOf(alice), w.groupOf(acme), "owner", "crm", day(1), day(5)));
  }

  @Test
  void anEmailAtAGroupsDomainMakesAMemberWhenNoSourceSaidSo() {
    String work = "dana@" + w.domain("globex");
    String globex = w.domain("globex");
    w.load(
        w.record("identify", 2, "segment").person("u", "email", work, "user"),
        w.record("identify2", 8, "segment").person("u", "email", work, "user"),
        w.record("account", 4, "segment").group("g", "domain", globex, "account"));

    w.run();

    assertThat(w.memberships())
        .containsExactly(
            new ResolvedMembership(
                w.personOf(work), w.groupOf(globex), "member", "email_domain", day(2), day(8)));
  }

  @Test
  void anObservedMembershipWinsOverTheInferredOne() {
    String work = "erin@" + w.domain("initech");
    String initech = w.domain("initech");
    w.load(
        w.record("identify", 1, "segment").person("u", "email", work, "user"),
        company(w.record("crm", 3, "crm"), work, initech).membership(work, initech, "owner"));

    w.run();

    assertThat(w.memberships())
        .containsExactly(
            new ResolvedMembership(
                w.personOf(work), w.groupOf(initech), "owner", "crm", day(3), day(3)));
  }

  @Test
  void noMembershipIsInferredWhenInferenceIsOffOrTheDomainIsPersonal() {
    String work = "finn@" + w.domain("hooli");
    String hooli = w.domain("hooli");
    SourceRecord[] records = {
      w.record("identify", 1, "segment").person("u", "email", work, "user"),
      w.record("account", 1, "segment").group("g", "domain", hooli, "account")
    };
    w.load(records);
    w.run();
    ResolvedMembership inferred =
        new ResolvedMembership(
            w.personOf(work), w.groupOf(hooli), "member", "email_domain", day(1), day(1));
    assertThat(w.memberships()).containsExactly(inferred);

    new EntityWorld(driver, TraitRules.defaults(), MembershipRules.defaults().withoutInference())
        .buildAll();
    assertThat(w.memberships()).isEmpty();

    MembershipRules personal = new MembershipRules(true, "member", "email_domain", Set.of(hooli));
    new EntityWorld(driver, TraitRules.defaults(), personal).buildAll();
    assertThat(w.memberships()).isEmpty();

    w.buildAll();
    assertThat(w.memberships()).containsExactly(inferred);
  }

  @Test
  void aGroupGainingTheDomainLaterStillGetsThePersonsAtThatDomain() {
    String work = "gus@" + w.domain("umbrella");
    String umbrella = w.domain("umbrella");
    w.load(
        w.record("identify", 1, "segment").person("u", "email", work, "user"),
        w.record("crm", 1, "crm").group("c", "crm_company_id", "co_" + w.token, "company"));
    w.run();
    assertThat(w.memberships()).isEmpty();

    // Only the group changes in this run: the person is found through the domain.
    w.load(
        w.record("crm2", 2, "crm")
            .group("c", "crm_company_id", "co_" + w.token, "company")
            .group("c", "domain", umbrella, "company"));
    w.run();

    assertThat(w.memberships())
        .containsExactly(
            new ResolvedMembership(
                w.personOf(work), w.groupOf(umbrella), "member", "email_domain", day(1), day(1)));
  }

  private static SourceRecord company(SourceRecord r, String email, String domain) {
    return r.person("p", "email", email, "contact").group("g", "domain", domain, "company");
  }
}
