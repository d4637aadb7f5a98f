package io.nexusgraph.api.eventlog;

import io.nexusgraph.ingest.eventlog.Event;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.eventlog.EventLogSink;
import io.nexusgraph.ingest.eventlog.IdentifierObservation;
import io.nexusgraph.ingest.eventlog.MembershipObservation;
import io.nexusgraph.ingest.eventlog.TraitObservation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends event-log records to the event-log tables on one connection, in JDBC batches. Rows are
 * keyed by their deterministic ids and inserted with {@code ON CONFLICT DO NOTHING}, so writing the
 * same raw record twice stores it once. The caller owns the transaction: call {@link #flush()}
 * before committing. Not thread-safe; one writer per connection.
 */
public final class EventLogWriter implements EventLogSink, AutoCloseable {

  static final int BATCH = 2_000;

  private static final String EVENT =
      "INSERT INTO events (event_id, occurred_at, event_name, event_type, event_description,"
          + " source, source_record_id, value, value_unit, significance, consent, ingested_at,"
          + " run_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (event_id) DO NOTHING";
  private static final String IDENTIFIER =
      "INSERT INTO %s (id, event_id, edge_id, identifier_type, identifier_value, raw_value, role,"
          + " source, occurred_at, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)"
          + " ON CONFLICT (id) DO NOTHING";
  private static final String TRAIT =
      "INSERT INTO %s (id, event_id, edge_id, trait_name, trait_value, source, occurred_at,"
          + " ingested_at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING";
  private static final String MEMBERSHIP =
      "INSERT INTO membership_identifiers (id, event_id, person_identifier_type,"
          + " person_identifier, group_identifier_type, group_identifier, role, source,"
          + " occurred_at, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING";

  private final Connection connection;
  private final Timestamp ingestedAt;
  private final String runId;
  private final List<EventLogBatch> pending = new ArrayList<>(BATCH);
  private long events;

  /**
   * @param ingestedAt stamped on every row as {@code ingested_at}
   * @param runId the run that read the records, or null for events posted through the API
   */
  public EventLogWriter(Connection connection, Instant ingestedAt, String runId) {
    this.connection = connection;
    this.ingestedAt = Timestamp.from(ingestedAt);
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

  /** Sends what is buffered; the rows become visible when the caller's transaction commits. */
  public void flush() {
    if (pending.isEmpty()) {
      return;
    }
    try (PreparedStatement ev = connection.prepareStatement(EVENT);
        PreparedStatement pid =
            connection.prepareStatement(IDENTIFIER.formatted("person_identifiers"));
        PreparedStatement gid =
            connection.prepareStatement(IDENTIFIER.formatted("group_identifiers"));
        PreparedStatement ptr = connection.prepareStatement(TRAIT.formatted("person_traits"));
        PreparedStatement gtr = connection.prepareStatement(TRAIT.formatted("group_traits"));
        PreparedStatement mem = connection.prepareStatement(MEMBERSHIP)) {
      for (EventLogBatch b : pending) {
        addEvent(ev, b.event());
        for (IdentifierObservation i : b.identifiers()) {
          addIdentifier(
              switch (i.entityKind()) {
                case PERSON -> pid;
                case GROUP -> gid;
              },
              i);
        }
        for (TraitObservation t : b.traits()) {
          addTrait(
              switch (t.entityKind()) {
                case PERSON -> ptr;
                case GROUP -> gtr;
              },
              t);
        }
        for (MembershipObservation m : b.memberships()) {
          addMembership(mem, m);
        }
      }
      ev.executeBatch();
      pid.executeBatch();
      gid.executeBatch();
      ptr.executeBatch();
      gtr.executeBatch();
      mem.executeBatch();
      events += pending.size();
      pending.clear();
    } catch (SQLException e) {
      throw new EventLogStoreException("could not write to the event log", e);
    }
  }

  @Override
  public void close() {
    flush();
  }

  private void addEvent(PreparedStatement s, Event e) throws SQLException {
    s.setString(1, e.eventId());
    s.setTimestamp(2, Timestamp.from(e.occurredAt()));
    s.setString(3, e.eventName());
    s.setString(4, e.eventType() == null ? e.eventName() : e.eventType());
    s.setString(5, e.eventDescription());
    s.setString(6, e.source());
    s.setString(7, e.sourceRecordId());
    s.setBigDecimal(8, e.value());
    s.setString(9, e.valueUnit());
    if (e.significance() == null) {
      s.setNull(10, Types.NUMERIC);
    } else {
      s.setInt(10, e.significance());
    }
    s.setString(11, e.consent().columnValue());
    s.setTimestamp(12, ingestedAt);
    s.setString(13, runId);
    s.addBatch();
  }

  private void addIdentifier(PreparedStatement s, IdentifierObservation i) throws SQLException {
    s.setString(1, i.id());
    s.setString(2, i.eventId());
    s.setString(3, i.edgeId());
    s.setString(4, i.identifierType());
    s.setString(5, i.identifierValue());
    s.setString(6, i.rawValue());
    s.setString(7, i.role());
    s.setString(8, i.source());
    s.setTimestamp(9, Timestamp.from(i.occurredAt()));
    s.setTimestamp(10, ingestedAt);
    s.addBatch();
  }

  private void addTrait(PreparedStatement s, TraitObservation t) throws SQLException {
    s.setString(1, t.id());
    s.setString(2, t.eventId());
    s.setString(3, t.edgeId());
    s.setString(4, t.traitName());
    s.setString(5, t.traitValue());
    s.setString(6, t.source());
    s.setTimestamp(7, Timestamp.from(t.occurredAt()));
    s.setTimestamp(8, ingestedAt);
    s.addBatch();
  }

  private void addMembership(PreparedStatement s, MembershipObservation m) throws SQLException {
    s.setString(1, m.id());
    s.setString(2, m.eventId());
    s.setString(3, m.personIdentifierType());
    s.setString(4, m.personIdentifier());
    s.setString(5, m.groupIdentifierType());
    s.setString(6, m.groupIdentifier());
    s.setString(7, m.role());
    s.setString(8, m.source());
    s.setTimestamp(9, Timestamp.from(m.occurredAt()));
    s.setTimestamp(10, ingestedAt);
    s.addBatch();
  }
}
