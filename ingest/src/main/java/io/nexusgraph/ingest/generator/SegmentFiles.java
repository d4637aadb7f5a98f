package io.nexusgraph.ingest.generator;

import io.nexusgraph.ingest.generator.Model.Company;
import io.nexusgraph.ingest.generator.Model.Person;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** Web analytics as Segment-spec JSONL, with the kiosk, shared-inbox and placeholder traps. */
final class SegmentFiles {
  private final WorldBuilder w;
  private final List<Object[]> extra = new ArrayList<>();

  SegmentFiles(WorldBuilder w) {
    this.w = w;
  }

  long write(Path dir) throws IOException {
    planTraps();
    try (Out out = Out.jsonl(dir.resolve("segment/events.jsonl"))) {
      int msg = 0;
      for (Person p : w.people) {
        for (int i = 1 + w.random.nextInt(2); i > 0; i--) {
          Instant t = w.time();
          out.write(identify(++msg, p, w.pick(p.anonymousIds()), p.emailAt(t), p.phone(), t));
        }
        Instant g = w.time();
        out.write(group(++msg, p, w.companies.get(p.companyAt(g)), g));
        for (int i = 6 + w.random.nextInt(13); i > 0; i--) {
          ObjectNode page =
              call(
                  "page",
                  ++msg,
                  w.pick(p.anonymousIds()),
                  w.random.nextInt(3) == 0 ? p.userId() : null,
                  w.time());
          page.put("name", w.pick(Names.PAGES));
          page.putObject("properties").put("title", page.get("name").asString() + " - Nexora");
          out.write(page);
        }
        for (int i = 3 + w.random.nextInt(7); i > 0; i--) {
          ObjectNode track = call("track", ++msg, w.pick(p.anonymousIds()), p.userId(), w.time());
          track.put("event", w.pick(Names.TRACKS));
          out.write(track);
        }
      }
      for (Object[] e : extra) {
        Person p = (Person) e[0];
        Instant t = w.time();
        out.write(identify(++msg, p, (String) e[1], (String) e[2], (String) e[3], t));
      }
      return out.count();
    }
  }

  /** Kiosk ids seen with many people, team inboxes used by several, a family phone, junk. */
  private void planTraps() {
    int kiosks = Math.max(1, w.people.size() / 400);
    for (int k = 0; k < kiosks; k++) {
      String kiosk = "kiosk-" + w.token(6);
      for (int i = 0; i < 10; i++) {
        Person p = w.pick(w.people);
        extra.add(new Object[] {p, kiosk, p.workEmail(), null});
        w.truth.add("person", "anonymous_id", kiosk, p.key());
      }
      w.truth.trap("person", "anonymous_id", kiosk, "kiosk");
    }
    for (int c = 0; c < w.companies.size(); c += 5) {
      Company company = w.companies.get(c);
      String team = "team@" + company.domain();
      int index = c;
      List<Person> members = w.people.stream().filter(p -> p.company() == index).limit(3).toList();
      for (Person p : members) {
        extra.add(new Object[] {p, w.pick(p.anonymousIds()), team, null});
        w.truth.add("person", "email", team, p.key());
      }
      if (!members.isEmpty()) {
        w.truth.trap("person", "email", team, "shared_inbox");
      }
    }
    for (int i = 0; i + 1 < w.people.size(); i += 97) {
      Person parent = w.people.get(i);
      Person child = w.people.get(i + 1);
      extra.add(
          new Object[] {
            child, w.pick(child.anonymousIds()), child.personalEmail(), parent.phone()
          });
      w.truth.add("person", "phone", parent.phone(), child.key());
      w.truth.trap("person", "phone", parent.phone(), "family_phone");
    }
    String[][] junk = {{"test@test.com", null}, {"N/A", "0000000000"}, {null, "1234567890"}};
    for (int i = 0; i < w.people.size(); i += 150) {
      Person p = w.people.get(i);
      String[] j = junk[(i / 150) % junk.length];
      extra.add(new Object[] {p, w.pick(p.anonymousIds()), j[0], j[1]});
      if (j[0] != null) {
        w.truth.trap("person", "email", j[0], "placeholder");
      }
      if (j[1] != null) {
        w.truth.trap("person", "phone", j[1], "placeholder");
      }
    }
  }

  private ObjectNode identify(
      int msg, Person p, String anon, String email, String phone, Instant t) {
    ObjectNode call = call("identify", msg, anon, p.userId(), t);
    ObjectNode traits = call.putObject("traits");
    if (email != null) {
      traits.put("email", email);
    }
    traits.put("firstName", p.first()).put("lastName", p.last());
    if (phone != null) {
      traits.put("phone", phone);
    }
    return call;
  }

  private ObjectNode group(int msg, Person p, Company c, Instant t) {
    ObjectNode call = call("group", msg, null, p.userId(), t);
    call.put("groupId", c.segmentGroupId());
    call.putObject("traits")
        .put("name", c.name())
        .put("website", "https://www." + c.domain() + "/")
        .put("industry", c.industry())
        .put("employees", c.size());
    return call;
  }

  private ObjectNode call(String type, int msg, String anon, String userId, Instant t) {
    ObjectNode call = Out.obj();
    call.put("type", type).put("messageId", "msg-" + msg);
    if (anon != null) {
      call.put("anonymousId", anon);
    }
    if (userId != null) {
      call.put("userId", userId);
    }
    call.put("timestamp", t.toString());
    return call;
  }
}
