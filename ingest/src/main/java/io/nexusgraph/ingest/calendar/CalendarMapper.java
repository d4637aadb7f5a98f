package io.nexusgraph.ingest.calendar;

import io.nexusgraph.ingest.source.EmailParticipants;
import io.nexusgraph.ingest.source.IngestContext;
import io.nexusgraph.ingest.source.Json;
import io.nexusgraph.ingest.source.JsonRecordMapper;
import io.nexusgraph.ingest.source.RecordWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One calendar event. Roles: {@code organizer}, {@code creator}, {@code attendee.<responseStatus>}
 * (accepted, declined, tentative, needsAction). Rooms and other resources are skipped.
 */
final class CalendarMapper implements JsonRecordMapper {
  private final Set<String> internalDomains;

  CalendarMapper(Set<String> internalDomains) {
    this.internalDomains = Set.copyOf(internalDomains);
  }

  @Override
  public void map(JsonNode event, RecordWriter out) {
    String id = Json.text(event, "id");
    if (!out.require("id", id)) {
      return;
    }
    out.sourceRecordId(id).description(Json.text(event, "summary"));
    String start = Json.text(event, "start", "dateTime");
    out.occurredAt("start", start != null ? start : Json.text(event, "start", "date"));
    List<String> emails = new ArrayList<>();
    person(out, "organizer", Json.at(event, "organizer"), "organizer", emails);
    person(out, "creator", Json.at(event, "creator"), "creator", emails);
    int n = 0;
    for (JsonNode a : Json.at(event, "attendees")) {
      if (a.path("resource").asBoolean(false)) {
        continue;
      }
      String status = a.path("responseStatus").asString("needsAction");
      person(out, "attendee:" + n++, a, "attendee." + status, emails);
    }
    out.event(name(event, emails, out), "meeting");
  }

  private String name(JsonNode event, List<String> emails, RecordWriter out) {
    if ("cancelled".equals(Json.text(event, "status"))) {
      return "meeting.cancelled";
    }
    if (internalDomains.isEmpty() || emails.isEmpty()) {
      return "meeting";
    }
    for (String email : emails) {
      String domain = out.context().normalizer().emailDomain(email);
      if (domain == null || !internalDomains.contains(domain)) {
        return "meeting.external";
      }
    }
    return "meeting.internal";
  }

  private static void person(
      RecordWriter out, String edge, JsonNode p, String role, List<String> emails) {
    String email = Json.text(p, "email");
    if (email == null || email.endsWith("calendar.google.com")) {
      return;
    }
    String normalized = EmailParticipants.add(out, edge, email, Json.text(p, "displayName"), role);
    if (normalized != null) {
      emails.add(normalized);
    }
  }

  @Override
  public Instant updatedAt(JsonNode event, IngestContext context) {
    String updated = Json.text(event, "updated");
    return updated == null ? null : context.timestamps().parse(updated).value();
  }
}
