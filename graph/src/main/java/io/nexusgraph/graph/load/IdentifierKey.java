package io.nexusgraph.graph.load;

import java.util.Comparator;

/** The unique key of an identifier node, ordered by type then value (String order). */
record IdentifierKey(String type, String value) implements Comparable<IdentifierKey> {

  private static final Comparator<IdentifierKey> ORDER =
      Comparator.comparing(IdentifierKey::type).thenComparing(IdentifierKey::value);

  @Override
  public int compareTo(IdentifierKey other) {
    return ORDER.compare(this, other);
  }
}
