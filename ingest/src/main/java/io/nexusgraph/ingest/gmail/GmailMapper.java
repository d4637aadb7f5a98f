package io.nexusgraph.ingest.gmail;

import io.nexusgraph.ingest.normalize.Normalized;
import io.nexusgraph.ingest.source.EmailParticipants;
import io.nexusgraph.ingest.source.IngestContext;
import io.nexusgraph.ingest.source.Json;
import io.nexusgraph.ingest.source.JsonRecordMapper;
import io.nexusgraph.ingest.source.RecordWriter;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One Gmail message. The Date header is the event time; internalDate is the fallback. */
final class GmailMapper implements JsonRecordMapper {
  private static final List<String[]> ROLES =
      List.of(
          new String[] {"from", "sender"},
          new String[] {"to", "recipient"},
          new String[] {"cc", "cc"},
          new String[] {"bcc", "bcc"});

  @Override
  public void map(JsonNode message, RecordWriter out) {
    String id = Json.text(message, "id");
    if (!out.require("id", id)) {
      return;
    }
    Map<String, String> headers = headers(message);
    out.event("email_message", "email")
        .sourceRecordId(id)
        .description(EncodedWords.decode(headers.get("subject")));
    time(message, headers, out);
    if (!headers.containsKey("from")) {
      out.fail(
          io.nexusgraph.ingest.quarantine.ReasonCode.MISSING_REQUIRED_FIELD,
          "From",
          "missing From header");
      return;
    }
    for (String[] header : ROLES) {
      String value = headers.get(header[0]);
      if (value == null) {
        continue;
      }
      int n = 0;
      for (Address a : Address.parseList(value)) {
        EmailParticipants.add(out, header[0] + ":" + n++, a.email(), a.name(), header[1]);
      }
    }
  }

  private static void time(JsonNode message, Map<String, String> headers, RecordWriter out) {
    String date = headers.get("date");
    String internal = Json.text(message, "internalDate");
    if (date != null) {
      Normalized<Instant> parsed = out.context().timestamps().parse(date);
      if (parsed.isOk() || internal == null) {
        out.occurredAt("Date", parsed);
        return;
      }
    }
    out.occurredAt("internalDate", internal);
  }

  @Override
  public Instant updatedAt(JsonNode message, IngestContext context) {
    String internal = Json.text(message, "internalDate");
    if (internal == null) {
      return null;
    }
    Normalized<Instant> t = context.timestamps().parse(internal);
    return t.value();
  }

  private static Map<String, String> headers(JsonNode message) {
    Map<String, String> out = new HashMap<>();
    for (JsonNode h : Json.at(message, "payload", "headers")) {
      String name = Json.text(h, "name");
      String value = Json.text(h, "value");
      if (name != null && value != null) {
        out.merge(name.toLowerCase(Locale.ROOT), value, (a, b) -> a + ", " + b);
      }
    }
    return out;
  }
}
