package io.nexusgraph.api.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.eventlog.IdentifierObservation;
import io.nexusgraph.ingest.normalize.NormalizationConfig;
import io.nexusgraph.ingest.source.IngestContext;
import io.nexusgraph.ingest.source.RecordWriter;
import io.nexusgraph.ingest.source.SourcePosition;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Source records for the event-log tests, and writing them as a run's ingest does. */
final class EventLogFixture {

  static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);

  private EventLogFixture() {}

  /** Writes the batches in one transaction and flush; returns how many events were new. */
  static long write(DataSource dataSource, List<EventLogBatch> batches) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      EventLogSequence.lockForWrite(c);
      EventLogWriter events = new EventLogWriter(c, AT, "run-it");
      batches.forEach(events::accept);
      events.close();
      c.commit();
      assertThat(events.events()).isEqualTo(batches.size());
      return events.stored();
    }
  }

  /** One source record with two person identifiers, a group, traits of both and a membership. */
  static EventLogBatch record(String recordId, String traitValue) {
    List<EventLogBatch> out = new ArrayList<>();
    IngestContext ctx =
        new IngestContext(
            "it-writer", NormalizationConfig.defaults(), CLOCK, out::add, reject -> {});
    RecordWriter w = ctx.begin(SourcePosition.record("it", recordId), recordId + traitValue);
    w.event("Invoice Paid", "billing").sourceRecordId(recordId);
    w.occurredAt(Instant.parse("2026-02-01T09:30:00Z"));
    w.value(new BigDecimal("12.50"), "usd");
    String email = w.person("customer", "email", "Ann@Acme.com", "customer");
    w.person("customer", "user_id", "u-" + recordId, "customer");
    w.normalized(EntityKind.GROUP, "company", "domain", "acme.com", null, "employer");
    w.personTrait("customer", "note", traitValue);
    w.groupTrait("company", "name", "Acme");
    w.membership("email", email, "domain", "acme.com", "employee");
    w.commit();
    EventLogBatch batch = out.getFirst();
    assertThat(batch.identifiers()).extracting(IdentifierObservation::identifierType).hasSize(3);
    return batch;
  }
}
