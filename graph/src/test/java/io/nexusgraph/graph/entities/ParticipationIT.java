package io.nexusgraph.graph.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.membership.MembershipRules;
import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.graph.traits.TraitRules;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.testkit.NexusServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** Participation of persons and groups in events, one per distinct (entity, event, role). */
@ExtendWith(NexusServers.class)
class ParticipationIT {

  private final EntityWorld w;

  ParticipationIT(Driver driver) {
    GraphSchema.apply(driver);
    this.w = new EntityWorld(driver, TraitRules.defaults(), MembershipRules.defaults());
  }

  @AfterEach
  void cleanUp() {
    w.cleanUp();
  }

  @Test
  void personsAndGroupsTakePartOncePerEventAndRole() {
    String alice = w.email("alice");
    String aliceOther = w.email("alice.other");
    String bob = w.email("bob");
    String acme = w.domain("acme");
    // alice's two addresses are one person; the mail names both as senders, bob as recipient and
    // also as cc; acme's domain on its own edge as the sender's company.
    w.load(
        w.record("link", 0, "crm")
            .person("c", "email", alice, "contact")
            .person("c", "email", aliceOther, "contact"),
        w.record("mail", 1, "gmail")
            .person("from", "email", alice, "sender")
            .person("from2", "email", aliceOther, "sender")
            .person("to", "email", bob, "recipient")
            .person("cc", "email", bob, "cc")
            .group("d", "domain", acme, "sender"),
        w.record("note", 2, "crm").person("c", "email", bob, null));

    w.run();

    String a = w.personOf(alice);
    String b = w.personOf(bob);
    assertThat(w.personParticipants())
        .containsExactlyInAnyOrder(
            new Participation(EntityKind.PERSON, a, w.eventId("link"), "contact"),
            new Participation(EntityKind.PERSON, a, w.eventId("mail"), "sender"),
            new Participation(EntityKind.PERSON, b, w.eventId("mail"), "recipient"),
            new Participation(EntityKind.PERSON, b, w.eventId("mail"), "cc"),
            new Participation(EntityKind.PERSON, b, w.eventId("note"), null));
    assertThat(w.groupParticipants())
        .containsExactly(
            new Participation(EntityKind.GROUP, w.groupOf(acme), w.eventId("mail"), "sender"));
  }
}
