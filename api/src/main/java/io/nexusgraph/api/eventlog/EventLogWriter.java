package io.nexusgraph.api.eventlog;

import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.Event;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.eventlog.EventLogSink;
import io.nexusgraph.ingest.eventlog.IdentifierObservation;
import io.nexusgraph.ingest.eventlog.MembershipObservation;
import io.nexusgraph.ingest.eventlog.TraitObservation;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Appends event-log records to the event-log tables on one connection. Per flush, the events go in
 * with one {@code INSERT ... SELECT FROM unnest(arrays) ON CONFLICT (event_id) DO NOTHING RETURNING
 * event_id}, which names the events that are new; only their identifiers, traits and memberships
 * are then written, one {@code COPY} per table. A flush costs a constant number of statements (a
 * JDBC batch of single-row inserts cost PostgreSQL a statement per row, most of a posted batch's
 * time).
 *
 * <p>Idempotent by event id: observation ids derive from their event's id, so an event that is new
 * has no stored observations yet, and an event already stored (posted or read again, twice in one
 * flush, or committed meanwhile by a concurrent writer, whose insert this one waits for) stores
 * nothing new, not even observations erased since. Events are inserted in the order of their ids,
 * so two writers sharing new events wait for each other in one order and cannot deadlock; within a
 * flush, {@code ingest_seq} therefore follows the ids, not the input order.
 *
 * <p>Observations are written only for events this writer's insert reported as new, in the same
 * transaction: that is what keeps every observation row with its event, since the observation
 * tables carry no foreign key to {@code events} (migration V10; the per-row check was over a third
 * of PostgreSQL's work for a posted batch).
 *
 * <p>The caller owns the transaction: call {@link #flush()} before committing. Not thread-safe; one
 * writer per connection.
 */
public final class EventLogWriter implements EventLogSink, AutoCloseable {

  /** Events buffered before a flush: the largest {@code POST /v1/events} goes in one flush. */
  static final int BATCH = 10_000;

  private static final String EVENTS =
      "INSERT INTO events (event_id, occurred_at, event_name, event_type, event_description,"
          + " source, source_record_id, value, value_unit, significance, consent, ingested_at,"
          + " run_id)"
          + " SELECT e.*, ?::timestamptz, ? FROM unnest(?::text[], ?::timestamptz[], ?::text[],"
          + " ?::text[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::text[], ?::numeric[],"
          + " ?::text[]) AS e ON CONFLICT (event_id) DO NOTHING RETURNING event_id";
  private static final String IDENTIFIER_COLUMNS =
      "id, event_id, edge_id, identifier_type, identifier_value, raw_value, role, source,"
          + " occurred_at, ingested_at";
  private static final String TRAIT_COLUMNS =
      "id, event_id, edge_id, trait_name, trait_value, source, occurred_at, ingested_at";
  private static final String MEMBERSHIP_COLUMNS =
      "id, event_id, person_identifier_type, person_identifier, group_identifier_type,"
          + " group_identifier, role, source, occurred_at, ingested_at";
  private static final int EVENT_ARRAYS = 11;
  private static final Comparator<EventLogBatch> BY_EVENT_ID =
      Comparator.comparing(b -> b.event().eventId());

  private final Connection connection;
  private final String ingestedAt;
  private final String runId;
  private final List<EventLogBatch> pending = new ArrayList<>();
  private long events;
  private long stored;

  /**
   * @param ingestedAt stamped on every row as {@code ingested_at}
   * @param runId the run that read the records, or null for events posted through the API
   */
  public EventLogWriter(Connection connection, Instant ingestedAt, String runId) {
    this.connection = connection;
    this.ingestedAt = ingestedAt.toString();
    this.runId = runId;
  }

  @Override
  public void accept(EventLogBatch batch) {
    pending.add(batch);
    if (pending.size() >= BATCH) {
      flush();
    }
  }

  /** Events written so far (each event counted once per writer, duplicates included). */
  public long events() {
    return events;
  }

  /** Events that were new and stored with their observations (duplicates not counted). */
  public long stored() {
    return stored;
  }

  /** Sends what is buffered; the rows become visible when the caller's transaction commits. */
  public void flush() {
    if (pending.isEmpty()) {
      return;
    }
    pending.sort(BY_EVENT_ID);
    int n = pending.size();
    String[] times = new String[n];
    for (int i = 0; i < n; i++) {
      times[i] = pending.get(i).event().occurredAt().toString();
    }
    try {
      Set<String> inserted = insertEvents(times);
      int[] fresh = new int[inserted.size()];
      int count = 0;
      for (int i = 0; i < n; i++) {
        if (inserted.remove(pending.get(i).event().eventId())) {
          fresh[count++] = i;
        }
      }
      copyObservations(fresh, times);
      events += n;
      stored += count;
      pending.clear();
    } catch (SQLException | IOException e) {
      throw new EventLogStoreException("could not write to the event log", e);
    }
  }

  @Override
  public void close() {
    flush();
  }

  /**
   * Inserts the pending events, sorted by id (so two writers that share new events wait for each
   * other in the same order and cannot deadlock); returns the ids of those not stored before.
   */
  private Set<String> insertEvents(String[] times) throws SQLException {
    int n = pending.size();
    String[][] columns = new String[EVENT_ARRAYS][n];
    for (int i = 0; i < n; i++) {
      Event e = pending.get(i).event();
      columns[0][i] = e.eventId();
      columns[1][i] = times[i];
      columns[2][i] = e.eventName();
      columns[3][i] = e.eventType() == null ? e.eventName() : e.eventType();
      columns[4][i] = e.eventDescription();
      columns[5][i] = e.source();
      columns[6][i] = e.sourceRecordId();
      columns[7][i] = e.value() == null ? null : e.value().toString();
      columns[8][i] = e.valueUnit();
      columns[9][i] = e.significance() == null ? null : e.significance().toString();
      columns[10][i] = e.consent().columnValue();
    }
    Set<String> inserted = new HashSet<>(2 * n);
    try (PreparedStatement s = connection.prepareStatement(EVENTS)) {
      s.setString(1, ingestedAt);
      s.setString(2, runId);
      for (int c = 0; c < EVENT_ARRAYS; c++) {
        s.setArray(3 + c, connection.createArrayOf("text", columns[c]));
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          inserted.add(r.getString(1));
        }
      }
    }
    return inserted;
  }

  /**
   * Writes the observations of the pending events at {@code fresh} (those just inserted), one
   * {@code COPY} per table.
   */
  private void copyObservations(int[] fresh, String[] times) throws SQLException, IOException {
    for (EntityKind kind : EntityKind.values()) {
      try (CopyRows rows = new CopyRows(connection, identifiers(kind), IDENTIFIER_COLUMNS)) {
        for (int f : fresh) {
          EventLogBatch b = pending.get(f);
          for (IdentifierObservation i : b.identifiers()) {
            if (i.entityKind() == kind) {
              rows.row(
                  i.id(),
                  i.eventId(),
                  i.edgeId(),
                  i.identifierType(),
                  i.identifierValue(),
                  i.rawValue(),
                  i.role(),
                  i.source(),
                  time(i.occurredAt(), b, times[f]),
                  ingestedAt);
            }
          }
        }
      }
      try (CopyRows rows = new CopyRows(connection, traits(kind), TRAIT_COLUMNS)) {
        for (int f : fresh) {
          EventLogBatch b = pending.get(f);
          for (TraitObservation t : b.traits()) {
            if (t.entityKind() == kind) {
              rows.row(
                  t.id(),
                  t.eventId(),
                  t.edgeId(),
                  t.traitName(),
                  t.traitValue(),
                  t.source(),
                  time(t.occurredAt(), b, times[f]),
                  ingestedAt);
            }
          }
        }
      }
    }
    try (CopyRows rows = new CopyRows(connection, "membership_identifiers", MEMBERSHIP_COLUMNS)) {
      for (int f : fresh) {
        EventLogBatch b = pending.get(f);
        for (MembershipObservation m : b.memberships()) {
          rows.row(
              m.id(),
              m.eventId(),
              m.personIdentifierType(),
              m.personIdentifier(),
              m.groupIdentifierType(),
              m.groupIdentifier(),
              m.role(),
              m.source(),
              time(m.occurredAt(), b, times[f]),
              ingestedAt);
        }
      }
    }
  }

  /** {@code at} as text; the event's own time is formatted once per event. */
  private static String time(Instant at, EventLogBatch b, String eventTime) {
    return at.equals(b.event().occurredAt()) ? eventTime : at.toString();
  }

  private static String identifiers(EntityKind kind) {
    return switch (kind) {
      case PERSON -> "person_identifiers";
      case GROUP -> "group_identifiers";
    };
  }

  private static String traits(EntityKind kind) {
    return switch (kind) {
      case PERSON -> "person_traits";
      case GROUP -> "group_traits";
    };
  }
}
