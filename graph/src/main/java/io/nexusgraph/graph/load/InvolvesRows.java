package io.nexusgraph.graph.load;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.ingest.eventlog.IdentifierObservation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows for {@code load/involves-person} or {@code load/involves-group}: one per distinct (event,
 * identifier, edge_id, role), in the order the observations arrive (see {@link EventRows} on why
 * not sorted).
 */
final class InvolvesRows {

  private InvolvesRows() {}

  /** One INVOLVES relationship. A missing role is loaded as the empty string (a MERGE key). */
  record Involves(String eventId, IdentifierKey identifier, String edgeId, String role) {

    Map<String, Object> row() {
      return Rows.row(
          "event_id", eventId,
          "type", identifier.type(),
          "value", identifier.value(),
          "edge_id", edgeId,
          "role", role);
    }
  }

  static List<Map<String, Object>> of(List<IdentifierObservation> observations) {
    Set<Involves> rows = LinkedHashSet.newLinkedHashSet(observations.size());
    for (IdentifierObservation o : observations) {
      rows.add(
          new Involves(
              o.eventId(),
              new IdentifierKey(o.identifierType(), o.identifierValue()),
              o.edgeId(),
              o.role() == null ? "" : o.role()));
    }
    return rows.stream().map(Involves::row).toList();
  }
}
