package io.nexusgraph.api.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.quarantine.ReasonCode;
import io.nexusgraph.ingest.quarantine.Reject;
import io.nexusgraph.testkit.Neo4jConnection;
import io.nexusgraph.testkit.NexusServers;
import io.nexusgraph.testkit.PostgresConnection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The event-log writers against the real PostgreSQL: what one flush stores, idempotency by event id
 * (again, twice in one flush, after erasure, across concurrent writers), COPY escaping, rejects.
 */
@ExtendWith(NexusServers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventLogWriterIT {

  private static final Instant AT = EventLogFixture.AT;

  private EventLogService log;
  private DataSource dataSource;

  @BeforeAll
  void connect(Neo4jConnection neo4j, PostgresConnection postgres) {
    log = new EventLogService(neo4j, postgres);
    dataSource = log.dataSource();
  }

  @BeforeEach
  void empty() throws SQLException {
    log.empty();
  }

  @AfterAll
  void close() throws SQLException {
    log.close();
  }

  @Test
  void storesAnEventWithEveryKindOfObservationAndEscapesValuesForCopy() throws SQLException {
    EventLogBatch batch =
        EventLogFixture.record(
            "r-1",
            "tab\there, line\nbreak, back\\slash, cr\rend, Zo\u00eb \u2713 \ud83d\ude00\tok");

    long stored = EventLogFixture.write(dataSource, List.of(batch));

    assertThat(stored).isEqualTo(1);
    assertThat(count("events")).isEqualTo(1);
    assertThat(count("person_identifiers")).isEqualTo(2);
    assertThat(count("group_identifiers")).isEqualTo(1);
    assertThat(count("person_traits")).isEqualTo(1);
    assertThat(count("group_traits")).isEqualTo(1);
    assertThat(count("membership_identifiers")).isEqualTo(1);
    assertThat(text("SELECT trait_value FROM person_traits"))
        .isEqualTo(
            "tab\there, line\nbreak, back\\slash, cr\rend, Zo\u00eb \u2713 \ud83d\ude00\tok");
    assertThat(text("SELECT identifier_value FROM group_identifiers")).isEqualTo("acme.com");
    assertThat(text("SELECT raw_value FROM group_identifiers")).isNull();
    assertThat(text("SELECT event_description FROM events")).isNull();
    assertThat(text("SELECT value::text || ' ' || value_unit FROM events")).isEqualTo("12.50 usd");
    assertThat(text("SELECT occurred_at = '2026-02-01T09:30:00Z' FROM person_identifiers LIMIT 1"))
        .isEqualTo("t");
    assertThat(text("SELECT ingested_at = '2026-03-01T10:00:00Z' FROM person_traits"))
        .isEqualTo("t");
    assertThat(text("SELECT run_id FROM events")).isEqualTo("run-it");
    assertThat(text("SELECT person_identifier FROM membership_identifiers"))
        .isEqualTo("ann@acme.com");
  }

  @Test
  void theSameEventAgainOrTwiceInOneFlushStoresNothingNew() throws SQLException {
    EventLogBatch batch = EventLogFixture.record("r-1", "x");

    long first = EventLogFixture.write(dataSource, List.of(batch, batch));
    long again = EventLogFixture.write(dataSource, List.of(batch));

    assertThat(first).isEqualTo(1);
    assertThat(again).isZero();
    assertThat(count("events")).isEqualTo(1);
    assertThat(count("person_identifiers")).isEqualTo(2);
    assertThat(count("person_traits")).isEqualTo(1);
  }

  @Test
  void observationsErasedSinceAreNotStoredAgainWithTheirEvent() throws SQLException {
    EventLogBatch batch = EventLogFixture.record("r-1", "x");
    EventLogFixture.write(dataSource, List.of(batch));
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("DELETE FROM person_identifiers WHERE identifier_type = 'email'")) {
      s.executeUpdate();
    }

    long again = EventLogFixture.write(dataSource, List.of(batch));

    assertThat(again).isZero();
    assertThat(count("person_identifiers")).isEqualTo(1);
  }

  @Test
  void concurrentWritersSharingNewEventsStoreEachOnceWithoutDeadlock() throws Exception {
    List<EventLogBatch> forward = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      forward.add(EventLogFixture.record("c-" + i, "x"));
    }
    List<EventLogBatch> backward = new ArrayList<>(forward.reversed());
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<Long> a = threads.submit(() -> writeAfter(together, forward));
      Future<Long> b = threads.submit(() -> writeAfter(together, backward));

      assertThat(a.get() + b.get()).isEqualTo(300);
    } finally {
      threads.shutdown();
    }
    assertThat(count("events")).isEqualTo(300);
    assertThat(count("person_identifiers")).isEqualTo(600);
    assertThat(count("membership_identifiers")).isEqualTo(300);
  }

  @Test
  void rejectsAreStoredOncePerIdWithTheFieldLeadingTheDetail() throws SQLException {
    Reject field =
        Reject.of("src", "f.csv:2", ReasonCode.INVALID_EMAIL, "email", "not an email", "x", AT);
    Reject whole =
        Reject.of("src", "f.csv:3", ReasonCode.MISSING_REQUIRED_FIELD, null, "no time", "y", AT);

    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (RejectWriter rejects = new RejectWriter(c, null)) {
        rejects.reject(field);
        rejects.reject(whole);
        rejects.reject(field);
        assertThat(rejects.rejects()).isEqualTo(3);
      }
      c.commit();
    }

    assertThat(count("ingest_rejects")).isEqualTo(2);
    assertThat(text("SELECT detail FROM ingest_rejects WHERE location = 'f.csv:2'"))
        .isEqualTo("email: not an email");
    assertThat(text("SELECT detail FROM ingest_rejects WHERE location = 'f.csv:3'"))
        .isEqualTo("no time");
    assertThat(text("SELECT reason_code FROM ingest_rejects WHERE location = 'f.csv:2'"))
        .isEqualTo("invalid_email");
  }

  private long writeAfter(CyclicBarrier together, List<EventLogBatch> batches) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      EventLogSequence.lockForWrite(c);
      EventLogWriter events = new EventLogWriter(c, AT, null);
      batches.forEach(events::accept);
      together.await();
      events.flush();
      c.commit();
      return events.stored();
    }
  }

  private long count(String table) throws SQLException {
    return Long.parseLong(text("SELECT count(*) FROM " + table));
  }

  private String text(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getString(1);
    }
  }
}
