package io.nexusgraph.api.events;

import io.nexusgraph.ingest.eventlog.Consent;
import io.nexusgraph.ingest.quarantine.ReasonCode;
import io.nexusgraph.ingest.source.RecordWriter;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Maps one posted event (the event-log contract as JSON, see docs/api.md) onto a {@link
 * RecordWriter}, so posted events are normalised, validated and rejected exactly like file input.
 */
final class EventJson {

  private EventJson() {}

  static void write(JsonNode e, RecordWriter w) {
    if (!e.isObject()) {
      w.fail(ReasonCode.INVALID_VALUE, null, "an event must be a JSON object");
      return;
    }
    w.event(text(e, "event_name"), text(e, "event_type"));
    w.description(text(e, "event_description"));
    if (w.require("source_record_id", text(e, "source_record_id"))) {
      w.sourceRecordId(text(e, "source_record_id"));
    }
    w.occurredAt("occurred_at", text(e, "occurred_at"));
    JsonNode value = e.get("value");
    if (value != null && !value.isNull()) {
      if (!value.isNumber()) {
        w.fail(ReasonCode.INVALID_VALUE, "value", "value must be a number");
      } else {
        w.value(value.decimalValue(), text(e, "value_unit"));
      }
    }
    String consent = text(e, "consent");
    if (consent != null) {
      try {
        w.consent(Consent.valueOf(consent.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException bad) {
        w.fail(ReasonCode.INVALID_VALUE, "consent", "consent must be granted, denied or unknown");
      }
    }
    for (JsonNode i : array(e, "identifiers")) {
      String kind = text(i, "kind");
      String edge = text(i, "edge") == null ? "default" : text(i, "edge");
      String role = text(i, "role") == null ? edge : text(i, "role");
      if ("group".equals(kind)) {
        w.group(edge, text(i, "type"), text(i, "value"), role);
      } else if (kind == null || "person".equals(kind)) {
        w.person(edge, text(i, "type"), text(i, "value"), role);
      } else {
        w.fail(ReasonCode.INVALID_VALUE, "identifiers.kind", "kind must be person or group");
      }
    }
    for (JsonNode t : array(e, "traits")) {
      String edge = text(t, "edge") == null ? "default" : text(t, "edge");
      if ("group".equals(text(t, "kind"))) {
        w.groupTrait(edge, text(t, "name"), text(t, "value"));
      } else {
        w.personTrait(edge, text(t, "name"), text(t, "value"));
      }
    }
    for (JsonNode m : array(e, "memberships")) {
      String personType = text(m, "person_type");
      String groupType = text(m, "group_type");
      w.membership(
          personType,
          normalized(w, personType, text(m, "person")),
          groupType,
          normalized(w, groupType, text(m, "group")),
          text(m, "role"));
    }
  }

  /** The normalised value, or null when it is missing or invalid (the membership is skipped). */
  private static String normalized(RecordWriter w, String type, String raw) {
    if (type == null || raw == null) {
      return null;
    }
    var n = w.context().normalizer().identifier(type, raw);
    return n.isOk() ? n.value() : null;
  }

  private static Iterable<JsonNode> array(JsonNode node, String field) {
    JsonNode a = node.get(field);
    return a != null && a.isArray() ? a : List.of();
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.isString() ? v.stringValue() : v.toString();
  }
}
