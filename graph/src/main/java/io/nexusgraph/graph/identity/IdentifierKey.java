package io.nexusgraph.graph.identity;

import java.util.Comparator;

/**
 * The unique key of an identifier node: its type and normalised value. The order (type, then value,
 * by String order) is the one tie-break shared by loading (which identifier is an edge's star hub)
 * and resolution (which identifier founds a new entity's id).
 */
public record IdentifierKey(String type, String value) implements Comparable<IdentifierKey> {

  private static final Comparator<IdentifierKey> ORDER =
      Comparator.comparing(IdentifierKey::type).thenComparing(IdentifierKey::value);

  @Override
  public int compareTo(IdentifierKey other) {
    return ORDER.compare(this, other);
  }
}
