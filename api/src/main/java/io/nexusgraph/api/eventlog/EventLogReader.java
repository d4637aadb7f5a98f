package io.nexusgraph.api.eventlog;

import io.nexusgraph.ingest.eventlog.Consent;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.Event;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.eventlog.IdentifierObservation;
import io.nexusgraph.ingest.eventlog.MembershipObservation;
import io.nexusgraph.ingest.eventlog.TraitObservation;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the stored event log back as {@link EventLogBatch}es, in {@code ingest_seq} order and in
 * chunks, so a run (or a full rebuild) can load it into the graph without the raw files. Memory is
 * bounded by the chunk size. States are not stored yet, so batches carry none.
 */
public final class EventLogReader {

  private static final String EVENTS =
      "SELECT ingest_seq, event_id, occurred_at, event_name, event_type, event_description,"
          + " source, source_record_id, value, value_unit, significance, consent FROM events"
          + " WHERE ingest_seq > ? AND ingest_seq <= ? ORDER BY ingest_seq LIMIT ?";
  private static final String IDENTIFIERS =
      "SELECT id, event_id, edge_id, identifier_type, identifier_value, raw_value, role, source,"
          + " occurred_at FROM %s WHERE event_id = ANY (?) ORDER BY id";
  private static final String TRAITS =
      "SELECT id, event_id, edge_id, trait_name, trait_value, source, occurred_at FROM %s"
          + " WHERE event_id = ANY (?) ORDER BY id";
  private static final String MEMBERSHIPS =
      "SELECT id, event_id, person_identifier_type, person_identifier, group_identifier_type,"
          + " group_identifier, role, source, occurred_at FROM membership_identifiers"
          + " WHERE event_id = ANY (?) ORDER BY id";

  private final Connection connection;
  private final int chunk;

  public EventLogReader(Connection connection, int chunk) {
    this.connection = connection;
    this.chunk = chunk;
  }

  /**
   * Hands every event with {@code from < ingest_seq <= to} to {@code sink}, one chunk at a time.
   *
   * @return the number of events read
   */
  public long read(long from, long to, Consumer<List<EventLogBatch>> sink) {
    long after = from;
    long total = 0;
    try {
      while (true) {
        Map<String, Pending> chunkEvents = new LinkedHashMap<>();
        after = readEvents(after, to, chunkEvents);
        if (chunkEvents.isEmpty()) {
          return total;
        }
        Array ids = connection.createArrayOf("text", chunkEvents.keySet().toArray());
        readIdentifiers("person_identifiers", EntityKind.PERSON, ids, chunkEvents);
        readIdentifiers("group_identifiers", EntityKind.GROUP, ids, chunkEvents);
        readTraits("person_traits", EntityKind.PERSON, ids, chunkEvents);
        readTraits("group_traits", EntityKind.GROUP, ids, chunkEvents);
        readMemberships(ids, chunkEvents);
        List<EventLogBatch> batches = new ArrayList<>(chunkEvents.size());
        for (Pending p : chunkEvents.values()) {
          batches.add(
              new EventLogBatch(p.event, p.identifiers, p.traits, p.memberships, List.of()));
        }
        total += batches.size();
        sink.accept(batches);
      }
    } catch (SQLException e) {
      throw new EventLogStoreException("could not read the event log", e);
    }
  }

  private long readEvents(long after, long to, Map<String, Pending> out) throws SQLException {
    long last = after;
    try (PreparedStatement s = connection.prepareStatement(EVENTS)) {
      s.setLong(1, after);
      s.setLong(2, to);
      s.setInt(3, chunk);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          last = r.getLong(1);
          Integer significance = r.getObject(11) == null ? null : r.getBigDecimal(11).intValue();
          Event e =
              new Event(
                  r.getString(2),
                  r.getTimestamp(3).toInstant(),
                  r.getString(4),
                  r.getString(5),
                  r.getString(6),
                  r.getString(7),
                  r.getString(8),
                  r.getBigDecimal(9),
                  r.getString(10),
                  significance,
                  Consent.valueOf(r.getString(12).toUpperCase(Locale.ROOT)));
          out.put(e.eventId(), new Pending(e));
        }
      }
    }
    return last;
  }

  private void readIdentifiers(String table, EntityKind kind, Array ids, Map<String, Pending> out)
      throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(IDENTIFIERS.formatted(table))) {
      s.setArray(1, ids);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Pending p = out.get(r.getString(2));
          p.identifiers.add(
              new IdentifierObservation(
                  r.getString(1),
                  kind,
                  r.getString(4),
                  r.getString(5),
                  r.getString(6),
                  r.getString(3),
                  r.getString(7),
                  r.getString(8),
                  r.getTimestamp(9).toInstant(),
                  p.event.eventId(),
                  p.event.consent() != Consent.DENIED));
        }
      }
    }
  }

  private void readTraits(String table, EntityKind kind, Array ids, Map<String, Pending> out)
      throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(TRAITS.formatted(table))) {
      s.setArray(1, ids);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Pending p = out.get(r.getString(2));
          p.traits.add(
              new TraitObservation(
                  r.getString(1),
                  kind,
                  r.getString(3),
                  r.getString(4),
                  r.getString(5),
                  r.getString(6),
                  r.getTimestamp(7).toInstant(),
                  p.event.eventId()));
        }
      }
    }
  }

  private void readMemberships(Array ids, Map<String, Pending> out) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(MEMBERSHIPS)) {
      s.setArray(1, ids);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Pending p = out.get(r.getString(2));
          p.memberships.add(
              new MembershipObservation(
                  r.getString(1),
                  p.event.eventId(),
                  r.getString(3),
                  r.getString(4),
                  r.getString(5),
                  r.getString(6),
                  r.getString(7),
                  r.getString(8),
                  r.getTimestamp(9).toInstant()));
        }
      }
    }
  }

  /** One event and the observations read for it so far. */
  private static final class Pending {
    final Event event;
    final List<IdentifierObservation> identifiers = new ArrayList<>();
    final List<TraitObservation> traits = new ArrayList<>();
    final List<MembershipObservation> memberships = new ArrayList<>();

    Pending(Event event) {
      this.event = event;
    }
  }
}
