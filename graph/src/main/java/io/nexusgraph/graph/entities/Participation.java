package io.nexusgraph.graph.entities;

import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.Ids;

/**
 * A person or group took part in an event in a role: one row of {@code person_participants} or
 * {@code group_participants}. One per distinct (entity, event, role), however many of the entity's
 * identifiers the event names.
 *
 * @param kind person or group
 * @param entityId {@code per_…} or {@code grp_…}
 * @param role e.g. {@code sender}, {@code recipient}, {@code customer}; null when the source gave
 *     none
 */
public record Participation(EntityKind kind, String entityId, String eventId, String role) {

  /**
   * {@code pp_} (person) or {@code gp_} (group) + a hash of (entity, event, role), the same in
   * every projection.
   */
  public String participantId() {
    return Ids.of(kind == EntityKind.PERSON ? "pp_" : "gp_", entityId, eventId, role);
  }
}
