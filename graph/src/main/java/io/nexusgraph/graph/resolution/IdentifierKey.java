package io.nexusgraph.graph.resolution;

import java.util.Comparator;

/** An identifier's identity in the graph: its type and normalised value. */
record IdentifierKey(String type, String value) implements Comparable<IdentifierKey> {

  private static final Comparator<IdentifierKey> ORDER =
      Comparator.comparing(IdentifierKey::type).thenComparing(IdentifierKey::value);

  @Override
  public int compareTo(IdentifierKey other) {
    return ORDER.compare(this, other);
  }
}
