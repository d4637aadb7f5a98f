package io.nexusgraph.graph.load;

import static io.nexusgraph.graph.load.Rows.utc;

import io.nexusgraph.graph.identity.IdentifierKey;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregates the sightings of identifiers of one kind into one row per (type, value): the earliest
 * sighting (by time, then source) gives first_seen_at and source, the latest gives last_seen_at.
 * The Cypher applies the same rule against what the graph already holds, so the result does not
 * depend on how the input was split into loads. Person email identifiers also carry their domain.
 */
final class IdentifierNodes {

  private static final String EMAIL = "email";

  private static final Comparator<Sighting> EARLIEST =
      Comparator.comparing(Sighting::at).thenComparing(Sighting::source);

  private final Map<IdentifierKey, Node> nodes = new LinkedHashMap<>();
  private final boolean person;

  /**
   * @param person whether these are person identifiers, whose rows also carry {@code email_domain}
   */
  IdentifierNodes(boolean person) {
    this.person = person;
  }

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

  /**
   * Rows for {@code load/person-identifier} or {@code load/group-identifier}, in the order the keys
   * were first seen (see {@link EventRows} on why not sorted): the identifiers of one record stay
   * next to each other, which is also where a bulk import stores them.
   */
  List<Map<String, Object>> rows() {
    return nodes.entrySet().stream()
        .map(
            e -> {
              Map<String, Object> row =
                  Rows.row(
                      "type", e.getKey().type(),
                      "value", e.getKey().value(),
                      "first_seen_at", utc(e.getValue().first().at()),
                      "last_seen_at", utc(e.getValue().last()),
                      "source", e.getValue().first().source());
              if (person) {
                row.put("email_domain", emailDomain(e.getKey()));
              }
              return row;
            })
        .toList();
  }

  /**
   * The part after the last {@code @} of an {@code email} identifier (values are normalised), for
   * memberships inferred from corporate email domains; null for other types.
   */
  static String emailDomain(IdentifierKey key) {
    if (!EMAIL.equals(key.type())) {
      return null;
    }
    int at = key.value().lastIndexOf('@');
    return at < 0 || at == key.value().length() - 1 ? null : key.value().substring(at + 1);
  }

  private record Sighting(Instant at, String source) {}

  private record Node(Sighting first, Instant last) {}
}
