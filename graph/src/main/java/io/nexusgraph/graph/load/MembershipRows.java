package io.nexusgraph.graph.load;

import static io.nexusgraph.graph.load.Rows.utc;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.ingest.eventlog.MembershipObservation;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows for {@code load/member-of-observed}: one per (person identifier, group identifier, event),
 * in the order the keys first arrive (see {@link EventRows} on why not sorted). When one event
 * names the same pair twice, the smallest role wins, so the outcome is deterministic.
 */
final class MembershipRows {

  private MembershipRows() {}

  private record Key(IdentifierKey person, IdentifierKey group, String eventId) {}

  private static final Comparator<MembershipObservation> SMALLEST_ROLE =
      Comparator.comparing(
          MembershipObservation::role, Comparator.nullsLast(Comparator.naturalOrder()));

  static List<Map<String, Object>> of(List<MembershipObservation> observations) {
    Map<Key, MembershipObservation> rows = LinkedHashMap.newLinkedHashMap(observations.size());
    for (MembershipObservation m : observations) {
      rows.merge(
          new Key(
              new IdentifierKey(m.personIdentifierType(), m.personIdentifier()),
              new IdentifierKey(m.groupIdentifierType(), m.groupIdentifier()),
              m.eventId()),
          m,
          (old, now) -> SMALLEST_ROLE.compare(now, old) < 0 ? now : old);
    }
    return rows.values().stream().map(MembershipRows::row).toList();
  }

  private static Map<String, Object> row(MembershipObservation m) {
    return Rows.row(
        "person_type", m.personIdentifierType(),
        "person_value", m.personIdentifier(),
        "group_type", m.groupIdentifierType(),
        "group_value", m.groupIdentifier(),
        "event_id", m.eventId(),
        "role", m.role(),
        "occurred_at", utc(m.occurredAt()),
        "source", m.source());
  }
}
