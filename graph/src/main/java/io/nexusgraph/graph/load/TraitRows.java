package io.nexusgraph.graph.load;

import static io.nexusgraph.graph.load.Rows.utc;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.eventlog.IdentifierObservation;
import io.nexusgraph.ingest.eventlog.TraitObservation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows for {@code load/person-trait} or {@code load/group-trait}: one per trait observation id, in
 * the order the ids first arrive (see {@link EventRows} on why not sorted), each with the hub of
 * its edge (the smallest identifier of the entity kind on the same edge_id, the same hub {@link
 * SameAsStars} uses). An edge id is minted per source record, so the identifiers of a trait's edge
 * always arrive in the same batch as the trait. A trait whose edge has no identifier (all of them
 * were set aside by ingest) has no hub: it is stored, but describes no entity.
 */
public final class TraitRows {

  private final List<Map<String, Object>> rows;
  private final long withoutHub;

  private TraitRows(List<Map<String, Object>> rows, long withoutHub) {
    this.rows = rows;
    this.withoutHub = withoutHub;
  }

  static TraitRows of(List<EventLogBatch> batches, EntityKind kind) {
    Map<String, TraitObservation> byId = new LinkedHashMap<>();
    Map<String, IdentifierKey> hubs = new HashMap<>();
    for (EventLogBatch batch : batches) {
      for (IdentifierObservation o : batch.identifiers()) {
        if (o.entityKind() == kind) {
          hubs.merge(
              o.edgeId(),
              new IdentifierKey(o.identifierType(), o.identifierValue()),
              (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
      }
      for (TraitObservation t : batch.traits()) {
        if (t.entityKind() == kind) {
          byId.putIfAbsent(t.id(), t);
        }
      }
    }
    List<Map<String, Object>> rows = new ArrayList<>(byId.size());
    long withoutHub = 0;
    for (TraitObservation t : byId.values()) {
      IdentifierKey hub = hubs.get(t.edgeId());
      if (hub == null) {
        withoutHub++;
      }
      rows.add(
          Rows.row(
              "id", t.id(),
              "name", t.traitName(),
              "value", t.traitValue(),
              "source", t.source(),
              "occurred_at", utc(t.occurredAt()),
              "event_id", t.eventId(),
              "edge_id", t.edgeId(),
              "hub_type", hub == null ? null : hub.type(),
              "hub_value", hub == null ? null : hub.value()));
    }
    return new TraitRows(List.copyOf(rows), withoutHub);
  }

  /** Rows keyed as {@code load/event}'s {@code person_traits} / {@code group_traits}. */
  public List<Map<String, Object>> rows() {
    return rows;
  }

  /** Traits whose edge has no identifier of their kind in the load. */
  public long withoutHub() {
    return withoutHub;
  }
}
