package io.nexusgraph.graph.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.ingest.eventlog.Consent;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.Event;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.eventlog.IdentifierObservation;
import io.nexusgraph.ingest.eventlog.TraitObservation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraitRowsTest {

  private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
  private static final Event EVENT =
      new Event(
          "evt_1", AT, "identify", "web", null, "segment", "r1", null, null, null, Consent.GRANTED);

  @Test
  void aTraitHangsOffTheSmallestIdentifierOfItsKindOnItsEdge() {
    EventLogBatch batch =
        new EventLogBatch(
            EVENT,
            List.of(
                id(EntityKind.PERSON, "user_id", "u1", "e1"),
                id(EntityKind.PERSON, "email", "b@x.test", "e1"),
                id(EntityKind.PERSON, "email", "a@x.test", "e2"),
                id(EntityKind.GROUP, "domain", "x.test", "e1")),
            List.of(
                trait("t2", EntityKind.PERSON, "e1", "title"),
                trait("t1", EntityKind.PERSON, "e3", "name"),
                trait("t3", EntityKind.GROUP, "e1", "industry")),
            List.of(),
            List.of());

    TraitRows persons = TraitRows.of(List.of(batch), EntityKind.PERSON);
    TraitRows groups = TraitRows.of(List.of(batch), EntityKind.GROUP);

    assertThat(persons.rows())
        .extracting(r -> r.get("id") + " " + r.get("hub_type") + ":" + r.get("hub_value"))
        .containsExactly("t2 email:b@x.test", "t1 null:null");
    assertThat(persons.withoutHub()).isEqualTo(1);
    assertThat(groups.rows())
        .extracting(r -> r.get("id") + " " + r.get("hub_type") + ":" + r.get("hub_value"))
        .containsExactly("t3 domain:x.test");
    assertThat(groups.withoutHub()).isZero();
    Map<String, Object> row = persons.rows().getFirst();
    assertThat(row)
        .containsEntry("name", "title")
        .containsEntry("value", "v-t2")
        .containsEntry("source", "segment")
        .containsEntry("occurred_at", Rows.utc(AT))
        .containsEntry("event_id", "evt_1")
        .containsEntry("edge_id", "e1");
  }

  @Test
  void theSameObservationTwiceIsOneRow() {
    EventLogBatch batch =
        new EventLogBatch(
            EVENT,
            List.of(id(EntityKind.PERSON, "email", "a@x.test", "e1")),
            List.of(trait("t1", EntityKind.PERSON, "e1", "name")),
            List.of(),
            List.of());

    assertThat(TraitRows.of(List.of(batch, batch), EntityKind.PERSON).rows()).hasSize(1);
  }

  private static IdentifierObservation id(EntityKind kind, String type, String value, String edge) {
    return new IdentifierObservation(
        "io_" + value, kind, type, value, value, edge, "user", "segment", AT, "evt_1", true);
  }

  private static TraitObservation trait(String id, EntityKind kind, String edge, String name) {
    return new TraitObservation(id, kind, edge, name, "v-" + id, "segment", AT, "evt_1");
  }
}
