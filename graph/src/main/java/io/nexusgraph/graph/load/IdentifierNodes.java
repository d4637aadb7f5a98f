package io.nexusgraph.graph.load;

import static io.nexusgraph.graph.load.Rows.utc;

import io.nexusgraph.graph.identity.IdentifierKey;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aggregates the sightings of identifiers of one kind into one row per (type, value): the earliest
 * sighting (by time, then source) gives first_seen_at and source, the latest gives last_seen_at.
 * The Cypher applies the same rule against what the graph already holds, so the result does not
 * depend on how the input was split into loads.
 */
final class IdentifierNodes {

  private static final Comparator<Sighting> EARLIEST =
      Comparator.comparing(Sighting::at).thenComparing(Sighting::source);

  private final TreeMap<IdentifierKey, Node> nodes = new TreeMap<>();

  void see(String type, String value, Instant at, String source) {
    Sighting sighting = new Sighting(at, source);
    nodes.merge(
        new IdentifierKey(type, value),
        new Node(sighting, at),
        (old, now) ->
            new Node(
                EARLIEST.compare(now.first(), old.first()) < 0 ? now.first() : old.first(),
                now.last().isAfter(old.last()) ? now.last() : old.last()));
  }

  int size() {
    return nodes.size();
  }

  /** Rows for {@code load/person-identifier} or {@code load/group-identifier}, sorted by key. */
  List<Map<String, Object>> rows() {
    return nodes.entrySet().stream()
        .map(
            e ->
                Rows.row(
                    "type", e.getKey().type(),
                    "value", e.getKey().value(),
                    "first_seen_at", utc(e.getValue().first().at()),
                    "last_seen_at", utc(e.getValue().last()),
                    "source", e.getValue().first().source()))
        .toList();
  }

  private record Sighting(Instant at, String source) {}

  private record Node(Sighting first, Instant last) {}
}
