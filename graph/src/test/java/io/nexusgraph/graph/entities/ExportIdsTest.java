package io.nexusgraph.graph.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.ingest.eventlog.EntityKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExportIdsTest {

  private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void aMembershipIsNamedByItsPersonAndGroupOnly() {
    ResolvedMembership member = new ResolvedMembership("per_1", "grp_1", "member", "gmail", AT, AT);
    ResolvedMembership owner =
        new ResolvedMembership("per_1", "grp_1", "owner", "crm", AT, AT.plusSeconds(60));

    assertThat(member.membershipId())
        .startsWith("mem_")
        .hasSize(36)
        .isEqualTo(owner.membershipId());
    assertThat(new ResolvedMembership("per_1", "grp_2", "member", "gmail", AT, AT).membershipId())
        .isNotEqualTo(member.membershipId());
  }

  @Test
  void aParticipationIsNamedByKindEntityEventAndRole() {
    Participation sender = new Participation(EntityKind.PERSON, "per_1", "evt_1", "sender");

    assertThat(sender.participantId()).startsWith("pp_").hasSize(35);
    assertThat(new Participation(EntityKind.GROUP, "grp_1", "evt_1", "sender").participantId())
        .startsWith("gp_");
    assertThat(new Participation(EntityKind.PERSON, "per_1", "evt_1", "cc").participantId())
        .isNotEqualTo(sender.participantId());
    assertThat(new Participation(EntityKind.PERSON, "per_1", "evt_1", null).participantId())
        .isNotEqualTo(sender.participantId())
        .isEqualTo(new Participation(EntityKind.PERSON, "per_1", "evt_1", null).participantId());
  }
}
