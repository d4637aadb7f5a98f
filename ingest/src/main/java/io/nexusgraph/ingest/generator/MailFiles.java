package io.nexusgraph.ingest.generator;

import io.nexusgraph.ingest.generator.Model.Person;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Support email (Gmail API messages, JSONL) and meetings (a Calendar events.list document). */
final class MailFiles {
  static final String SUPPORT = "support@nexora.io";
  private static final DateTimeFormatter RFC_2822 =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private final WorldBuilder w;

  MailFiles(WorldBuilder w) {
    this.w = w;
  }

  long writeGmail(Path dir) throws IOException {
    for (Person s : w.staff) {
      w.truth.add("person", "email", SUPPORT, s.key());
    }
    w.truth.trap("person", "email", SUPPORT, "shared_inbox");
    try (Out out = Out.jsonl(dir.resolve("gmail/messages.jsonl"))) {
      for (Person p : w.people) {
        int n = w.random.nextInt(4);
        for (int i = 0; i < n; i++) {
          Instant t = w.time();
          Person agent = w.pick(w.staff);
          boolean toSupport = w.random.nextInt(3) == 0;
          String customer = address(p, p.emailAt(t));
          String staff =
              toSupport ? "Nexora Support <" + SUPPORT + ">" : address(agent, agent.workEmail());
          boolean inbound = w.random.nextBoolean();
          out.write(message(inbound ? customer : staff, inbound ? staff : customer, t));
        }
      }
      return out.count();
    }
  }

  long writeCalendar(Path dir) throws IOException {
    String prefix =
        "\"kind\":\"calendar#events\",\"summary\":\"sales@nexora.io\",\"timeZone\":\"UTC\"";
    try (Out out = Out.document(dir.resolve("calendar/events.json"), prefix, "items")) {
      for (int c = 0; c < w.companies.size(); c++) {
        int index = c;
        List<Person> team = w.people.stream().filter(p -> p.company() == index).toList();
        for (int m = 0; m < team.size() / 2; m++) {
          Instant t = w.time();
          Person organizer = w.pick(w.staff);
          ObjectNode e = Out.obj();
          e.put("kind", "calendar#event").put("id", w.token(26)).put("status", "confirmed");
          e.put("created", t.minusSeconds(86_400).toString())
              .put("updated", t.minusSeconds(3_600).toString());
          e.put("summary", "Nexora <> " + w.companies.get(c).name());
          e.putObject("organizer")
              .put("email", organizer.workEmail())
              .put("displayName", organizer.name());
          e.putObject("start").put("dateTime", t.toString());
          e.putObject("end").put("dateTime", t.plusSeconds(1800).toString());
          ArrayNode attendees = e.putArray("attendees");
          attendees
              .addObject()
              .put("email", organizer.workEmail())
              .put("organizer", true)
              .put("responseStatus", "accepted");
          for (int a = 1 + w.random.nextInt(3); a > 0; a--) {
            Person p = w.pick(team);
            attendees
                .addObject()
                .put("email", p.emailAt(t))
                .put("displayName", p.name())
                .put(
                    "responseStatus",
                    w.pick(List.of("accepted", "tentative", "declined", "needsAction")));
          }
          out.write(e);
        }
      }
      return out.count();
    }
  }

  private ObjectNode message(String from, String to, Instant t) {
    ObjectNode m = Out.obj();
    String id = w.token(16);
    m.put("id", id).put("threadId", id);
    m.putArray("labelIds").add("INBOX");
    m.put("snippet", "Question about our account");
    m.put("internalDate", String.valueOf(t.toEpochMilli()));
    ObjectNode payload = m.putObject("payload");
    payload.put("mimeType", "text/plain");
    ArrayNode headers = payload.putArray("headers");
    headers.addObject().put("name", "From").put("value", from);
    headers.addObject().put("name", "To").put("value", to);
    headers.addObject().put("name", "Subject").put("value", "Re: account question");
    headers.addObject().put("name", "Date").put("value", RFC_2822.format(t));
    return m;
  }

  private static String address(Person p, String email) {
    return p.name() + " <" + email + ">";
  }
}
