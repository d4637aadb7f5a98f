package io.nexusgraph.graph.load;

import static io.nexusgraph.graph.load.Rows.utc;

import io.nexusgraph.ingest.eventlog.Event;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows for {@code load/event}: one per distinct event id, in the order the ids first arrive, with
 * the values of the last batch that carries the id. Not sorted: sorting a million random ids took
 * seconds at the large scale (each comparison a cache miss), and nothing needs the order.
 */
final class EventRows {

  private EventRows() {}

  static List<Map<String, Object>> of(List<EventLogBatch> batches) {
    Map<String, Event> events = LinkedHashMap.newLinkedHashMap(batches.size());
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
