package io.nexusgraph.graph.identity;

/**
 * The unique key of an identifier node: its type and normalised value. The order (type, then value,
 * by String order) is the one tie-break shared by loading (which identifier is an edge's star hub)
 * and resolution (which identifier founds a new entity's id).
 */
public record IdentifierKey(String type, String value) implements Comparable<IdentifierKey> {

  /** Written out rather than composed from key extractors: loads sort millions of keys. */
  @Override
  public int compareTo(IdentifierKey other) {
    int byType = type.compareTo(other.type);
    return byType != 0 ? byType : value.compareTo(other.value);
  }
}
