package io.nexusgraph.graph.load;

import static io.nexusgraph.graph.load.Rows.utc;

import io.nexusgraph.ingest.eventlog.Event;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Rows for {@code load/event}: one per distinct event id, sorted by it. */
final class EventRows {

  private EventRows() {}

  static List<Map<String, Object>> of(List<EventLogBatch> batches) {
    TreeMap<String, Event> events = new TreeMap<>();
    for (EventLogBatch batch : batches) {
      events.put(batch.event().eventId(), batch.event());
    }
    return events.values().stream().map(EventRows::row).toList();
  }

  private static Map<String, Object> row(Event e) {
    return Rows.row(
        "event_id", e.eventId(),
        "occurred_at", utc(e.occurredAt()),
        "name", e.eventName(),
        "type", e.eventType(),
        "source", e.source(),
        "description", e.eventDescription(),
        "value", e.value() == null ? null : e.value().doubleValue(),
        "value_unit", e.valueUnit(),
        "consent", e.consent().columnValue());
  }
}
