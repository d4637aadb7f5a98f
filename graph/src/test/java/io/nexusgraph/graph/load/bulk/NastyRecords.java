package io.nexusgraph.graph.load.bulk;

import io.nexusgraph.ingest.eventlog.Consent;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.Event;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.eventlog.IdentifierObservation;
import io.nexusgraph.ingest.eventlog.MembershipObservation;
import io.nexusgraph.ingest.eventlog.TraitObservation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Two records whose values hold everything a CSV file can get wrong: quotes, commas, line breaks
 * (LF and CRLF), the importer's array delimiter, backslashes, tabs, surrounding spaces, empty
 * strings next to nulls, non-ASCII text, nanosecond times and a tiny double.
 */
final class NastyRecords {

  static final String QUOTED = "He said \"hi\", then\nleft\r\nagain; \\ \t ok";
  static final String UNICODE = "ünïcødé 漢字 🎉";
  static final String EMAIL = "a\"b,c\nd@ex;ample.test";

  private NastyRecords() {}

  static List<EventLogBatch> batches() {
    Instant t1 = Instant.parse("2024-03-01T10:00:00.123456789Z");
    Instant t2 = Instant.parse("2024-03-02T00:00:00Z");
    Event first =
        new Event(
            "evt_\"1\",x",
            t1,
            UNICODE,
            "billing",
            QUOTED,
            "src,\"a\"",
            "r1",
            new BigDecimal("0.0000001"),
            "",
            null,
            Consent.GRANTED);
    Event second =
        new Event("evt_2", t2, "e", "t", null, "src,\"a\"", "r2", null, null, null, Consent.DENIED);
    return List.of(
        new EventLogBatch(
            first,
            List.of(
                person(first, "email", EMAIL, "edg_1", ""),
                person(first, "phone", "  +1 555,01  ", "edg_1", null),
                person(first, "handle", UNICODE, "edg_1", "x\"y"),
                group(first, "domain", "ex;ample.test", "edg_g"),
                group(first, "company", QUOTED, "edg_g")),
            List.of(
                trait(first, EntityKind.PERSON, "edg_1", "name", QUOTED),
                trait(first, EntityKind.PERSON, "edg_1", "nickname", ""),
                trait(first, EntityKind.GROUP, "edg_none", "name", UNICODE)),
            List.of(
                new MembershipObservation(
                    "m1",
                    first.eventId(),
                    "email",
                    EMAIL,
                    "domain",
                    "ex;ample.test",
                    null,
                    first.source(),
                    t1)),
            List.of()),
        new EventLogBatch(
            second,
            List.of(
                person(second, "email", EMAIL, "edg_2", "again"),
                person(second, "phone", "  +1 555,01  ", "edg_2", "again")),
            List.of(),
            List.of(),
            List.of()));
  }

  private static IdentifierObservation person(
      Event e, String type, String value, String edge, String role) {
    return observation(EntityKind.PERSON, e, type, value, edge, role);
  }

  private static IdentifierObservation group(Event e, String type, String value, String edge) {
    return observation(EntityKind.GROUP, e, type, value, edge, "owner");
  }

  private static IdentifierObservation observation(
      EntityKind kind, Event e, String type, String value, String edge, String role) {
    return new IdentifierObservation(
        "io_" + e.eventId() + type,
        kind,
        type,
        value,
        value,
        edge,
        role,
        e.source(),
        e.occurredAt(),
        e.eventId(),
        e.consent() == Consent.GRANTED);
  }

  private static TraitObservation trait(
      Event e, EntityKind kind, String edge, String name, String value) {
    return new TraitObservation(
        "to_" + e.eventId() + name,
        kind,
        edge,
        name,
        value,
        e.source(),
        e.occurredAt(),
        e.eventId());
  }
}
