package io.nexusgraph.ingest.source;

import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.NumericNode;
import tools.jackson.databind.node.StringNode;

/** Small null-safe accessors over Jackson trees, shared by the JSON-based adapters. */
public final class Json {
  /**
   * Property names are interned, so that a mapper's lookup with a literal name usually finds the
   * very same string ({@link CompactPropertyMap} tests identity before equality). Each parser keeps
   * the names it has seen in its symbol table, so a name is interned once per parser, not per use.
   */
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES).build();

  /**
   * One shared, thread-safe mapper for all adapters. Its trees' objects keep their properties in a
   * compact map ({@link RecordNodeFactory}); they behave as Jackson's own.
   */
  public static final JsonMapper MAPPER =
      JsonMapper.builder(FACTORY)
          .nodeFactory(RecordNodeFactory.INSTANCE)
          .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** For whole-line documents: anything after the first value makes the line malformed. */
  public static final JsonMapper STRICT =
      JsonMapper.builder(FACTORY)
          .nodeFactory(RecordNodeFactory.INSTANCE)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private Json() {}

  /** The text at {@code path} (dot-free property names), or null for missing/null/containers. */
  public static String text(JsonNode node, String... path) {
    return text(at(node, path));
  }

  /** The text of property {@code key}; {@link #text(JsonNode, String...)} without an array. */
  public static String text(JsonNode node, String key) {
    return text(node.path(key));
  }

  /** The text at {@code key1.key2}; {@link #text(JsonNode, String...)} without an array. */
  public static String text(JsonNode node, String key1, String key2) {
    return text(node.path(key1).path(key2));
  }

  /** The node's own text: strings as they are, numbers and booleans as written, else null. */
  public static String text(JsonNode n) {
    // the node classes behind isString(), isNumber() and isBoolean(), tested without virtual calls
    if (n instanceof StringNode) {
      return n.stringValue();
    }
    if (n instanceof NumericNode || n instanceof BooleanNode) {
      return n.asString();
    }
    return null;
  }

  /** The node at {@code path}; a missing node when any step is absent. */
  public static JsonNode at(JsonNode node, String... path) {
    JsonNode n = node;
    for (String step : path) {
      n = n.path(step);
    }
    return n;
  }

  /** The node at property {@code key}; {@link #at(JsonNode, String...)} without an array. */
  public static JsonNode at(JsonNode node, String key) {
    return node.path(key);
  }

  /** The node at {@code key1.key2}; {@link #at(JsonNode, String...)} without an array. */
  public static JsonNode at(JsonNode node, String key1, String key2) {
    return node.path(key1).path(key2);
  }

  /** True when the node at path is present and not JSON null. */
  public static boolean present(JsonNode node, String... path) {
    JsonNode n = at(node, path);
    return !n.isMissingNode() && !n.isNull();
  }
}
