package io.nexusgraph.graph.load;

import static io.nexusgraph.graph.load.Rows.utc;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.ingest.eventlog.IdentifierObservation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns the identifiers that share an edge_id (one source record asserting they are one entity)
 * into SAME_AS evidence shaped as a star: the hub is the smallest distinct (type, value) of the
 * edge and gets one edge to every other identifier, n−1 relationships instead of a clique's
 * n(n−1)/2 while connecting exactly the same identifiers. An edge with one identifier yields none.
 */
final class SameAsStars {

  private SameAsStars() {}

  /** One SAME_AS edge of a star. */
  record Edge(
      IdentifierKey hub,
      IdentifierKey other,
      String edgeId,
      String source,
      Instant occurredAt,
      String eventId,
      boolean linkable) {

    Map<String, Object> row() {
      return Rows.row(
          "hub_type", hub.type(),
          "hub_value", hub.value(),
          "other_type", other.type(),
          "other_value", other.value(),
          "edge_id", edgeId,
          "source", source,
          "occurred_at", utc(occurredAt),
          "event_id", eventId,
          "linkable", linkable);
    }
  }

  /**
   * The stars of the given observations, all of one entity kind: star by star in the order their
   * edge ids first arrive, each star's edges in the order of their other end (not sorted over all
   * edges, see {@link EventRows} on why).
   */
  static List<Edge> of(List<IdentifierObservation> observations) {
    Map<String, Star> stars = new LinkedHashMap<>();
    for (IdentifierObservation o : observations) {
      stars.computeIfAbsent(o.edgeId(), id -> new Star()).add(o);
    }
    List<Edge> edges = new ArrayList<>();
    stars.forEach((edgeId, star) -> star.edges(edgeId, edges));
    return edges;
  }

  /** Accumulates one edge_id: its distinct identifiers, its earliest observation, linkability. */
  private static final class Star {
    private static final Comparator<IdentifierObservation> EARLIEST =
        Comparator.comparing(IdentifierObservation::occurredAt)
            .thenComparing(IdentifierObservation::eventId)
            .thenComparing(IdentifierObservation::source);

    private final TreeSet<IdentifierKey> identifiers = new TreeSet<>();
    private IdentifierObservation earliest;
    private boolean linkable = true;

    void add(IdentifierObservation o) {
      identifiers.add(new IdentifierKey(o.identifierType(), o.identifierValue()));
      linkable &= o.linkable();
      if (earliest == null || EARLIEST.compare(o, earliest) < 0) {
        earliest = o;
      }
    }

    void edges(String edgeId, List<Edge> out) {
      IdentifierKey hub = identifiers.first();
      for (IdentifierKey other : identifiers.tailSet(hub, false)) {
        out.add(
            new Edge(
                hub,
                other,
                edgeId,
                earliest.source(),
                earliest.occurredAt(),
                earliest.eventId(),
                linkable));
      }
    }
  }
}
