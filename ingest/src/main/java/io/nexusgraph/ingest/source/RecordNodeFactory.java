package io.nexusgraph.ingest.source;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Jackson's node factory with lighter objects: each {@link ObjectNode} keeps its properties in a
 * {@link CompactPropertyMap} instead of a {@code LinkedHashMap}. Trees read from source records are
 * built, read once and dropped, hundreds of thousands per second, and their maps were the largest
 * share of the parse's allocation; the trees themselves (values, order, equality, what they print)
 * are the same.
 */
final class RecordNodeFactory extends JsonNodeFactory {
  static final RecordNodeFactory INSTANCE = new RecordNodeFactory();

  private RecordNodeFactory() {}

  @Override
  public ObjectNode objectNode() {
    return new ObjectNode(this, new CompactPropertyMap());
  }
}
