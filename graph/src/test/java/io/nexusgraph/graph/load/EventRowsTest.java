package io.nexusgraph.graph.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.ingest.eventlog.Consent;
import io.nexusgraph.ingest.eventlog.Event;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventRowsTest {

  private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");

  @Test
  void oneRowPerEventIdInArrivalOrderWithTheValuesOfItsLastBatch() {
    List<EventLogBatch> batches =
        List.of(batch("evt_b", "first"), batch("evt_a", "only"), batch("evt_b", "second"));

    assertThat(EventRows.of(batches))
        .extracting(r -> r.get("event_id") + " " + r.get("name"))
        .containsExactly("evt_b second", "evt_a only");
  }

  private static EventLogBatch batch(String eventId, String name) {
    Event event =
        new Event(
            eventId, AT, name, "track", null, "segment", "r1", null, null, null, Consent.GRANTED);
    return new EventLogBatch(event, List.of(), List.of(), List.of(), List.of());
  }
}
