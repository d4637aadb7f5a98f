package io.nexusgraph.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The reused line parser gives exactly the tree a parser of the line's own gives (same properties
 * in the same order, same node types), and declines every line that is not exactly one object, so
 * that the reference parse decides those. Generated lines use a fixed seed, so failures reproduce.
 */
class JsonLineParserTest {
  private static final int CASES = 3000;
  private final Random random = new Random(20251122L);
  private final JsonLineParser parser = new JsonLineParser();

  @Test
  void objectLinesGiveTheReferenceTreeAcrossManyLinesAndParserRenewals() {
    for (int i = 0; i < JsonLineParser.LINES_PER_PARSER + CASES; i++) {
      String line = object(3);
      assertThat(describe(parse(line))).as(line).isEqualTo(describe(reference(line)));
    }
  }

  @Test
  void brokenOrExtendedLinesAreDeclinedWheneverTheReferenceDisagrees() {
    for (int i = 0; i < CASES; i++) {
      String line = mutate(object(2));
      JsonNode reference = referenceOrNull(line);
      JsonNode fast = parse(line);
      if (reference != null && reference.isObject()) {
        assertThat(describe(fast)).as(line).isEqualTo(describe(reference));
      } else {
        assertThat(fast).as(line).isNull();
      }
      String next = object(2);
      assertThat(describe(parse(next))).as("after " + line).isEqualTo(describe(reference(next)));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\":1} 2",
        "{\"a\":1} \"}",
        "{\"a\":1} t",
        "{\"a\":1}{\"b\":2}",
        "{\"a\":1} ]",
        "{\"a\":1},",
        "{\"a\":{\"b\":1,",
        "{\"a\":[1,2",
        "{\"a\":",
        "{",
        "[1]",
        "1",
        "\"x\"",
        "null",
        "{\"a\":\"\u0001\"}",
        "{'a':1}",
        "{\"a\":01}",
        "{\"a\":1,}",
        "{\"a\":NaN}",
        "{\"a\":1}\u0000"
      })
  void linesThatAreNotExactlyOneObjectAreDeclined(String line) {
    assertThat(parse(line)).as(line).isNull();
    assertThat(parse("{\"ok\":true}")).isNotNull();
  }

  @Test
  void jacksonLimitsStillApply() {
    String deep = "{\"a\":".repeat(600) + "1" + "}".repeat(600);
    String longNumber = "{\"a\":" + "9".repeat(1001) + "}";
    String longName = "{\"" + "n".repeat(50_001) + "\":1}";
    for (String line : new String[] {deep, longNumber, longName}) {
      assertThat(referenceOrNull(line)).isNull();
      assertThat(parse(line)).isNull();
    }
  }

  @Test
  void trailingWhitespaceAndDuplicateKeysAreReadAsTheReferenceReadsThem() {
    for (String line :
        new String[] {
          "{\"a\":1}  \t\r",
          " \t{\"a\":1}",
          "{\"a\":1,\"a\":{\"b\":[]},\"a\":2.50}",
          "{}",
          "{\"a\":\"\\u00e9\\n\\\"\",\"b\":-0.0,\"c\":1e400,\"d\":12345678901234567890123}"
        }) {
      assertThat(describe(parse(line))).as(line).isEqualTo(describe(reference(line)));
    }
  }

  private JsonNode parse(String line) {
    byte[] bytes = (line + "garbage after the line").getBytes(StandardCharsets.US_ASCII);
    return parser.parseObject(bytes, line.length());
  }

  private static JsonNode reference(String line) {
    return Json.STRICT.readTree(line.getBytes(StandardCharsets.US_ASCII));
  }

  private static JsonNode referenceOrNull(String line) {
    try {
      return reference(line);
    } catch (JacksonException e) {
      return null;
    }
  }

  /** The tree with every node's class and every property in order. */
  private static String describe(JsonNode node) {
    if (node == null) {
      return "declined";
    }
    StringBuilder out = new StringBuilder(node.getClass().getSimpleName());
    if (node.isObject()) {
      out.append('{');
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        out.append(e.getKey()).append('=').append(describe(e.getValue())).append(',');
      }
      return out.append('}').toString();
    }
    if (node.isArray()) {
      out.append('[');
      for (JsonNode element : node) {
        out.append(describe(element)).append(',');
      }
      return out.append(']').toString();
    }
    return out.append('(').append(node).append(')').toString();
  }

  private String object(int depth) {
    StringBuilder out = new StringBuilder(space()).append('{');
    int n = random.nextInt(6);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(space()).append(string()).append(space()).append(':').append(space());
      out.append(value(depth)).append(space());
    }
    return out.append('}').append(space()).toString();
  }

  private String value(int depth) {
    return switch (random.nextInt(depth > 0 ? 8 : 6)) {
      case 0 -> string();
      case 1 -> number();
      case 2 -> random.nextBoolean() ? "true" : "false";
      case 3 -> "null";
      case 4, 5 -> string();
      case 6 -> object(depth - 1);
      default -> array(depth - 1);
    };
  }

  private String array(int depth) {
    StringBuilder out = new StringBuilder("[");
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      out.append(i > 0 ? "," : "").append(space()).append(value(depth)).append(space());
    }
    return out.append(']').toString();
  }

  private String string() {
    String[] pieces = {
      "a", "email", "Zed", " ", "\\\"", "\\\\", "\\n", "\\u00e9", "\\ud83d\\ude00", "-", "k"
    };
    StringBuilder out = new StringBuilder("\"");
    int n = random.nextInt(5);
    for (int i = 0; i < n; i++) {
      out.append(pieces[random.nextInt(pieces.length)]);
    }
    return out.append('"').toString();
  }

  private String number() {
    String[] forms = {
      "0",
      "-7",
      "42",
      "3.25",
      "-0.5",
      "1e3",
      "2.5E-4",
      "9223372036854775807",
      "9223372036854775808",
      "123456789012345678901234567890",
      "0.1000",
      "1E+2"
    };
    return forms[random.nextInt(forms.length)];
  }

  private String space() {
    return switch (random.nextInt(6)) {
      case 0 -> " ";
      case 1 -> "\t";
      case 2 -> "  \r";
      default -> "";
    };
  }

  private String mutate(String line) {
    String[] tails = {"1", " 2", "{}", "x", "\"}", " \"}", "]", ",", "}", " ", "t", "[", "\"", "n"};
    int at = line.isEmpty() ? 0 : random.nextInt(line.length());
    return switch (random.nextInt(4)) {
      case 0 -> line.substring(0, at);
      case 1 -> line.substring(0, at) + tails[random.nextInt(tails.length)] + line.substring(at);
      case 2 -> line + tails[random.nextInt(tails.length)];
      default -> line.substring(0, at) + line.substring(Math.min(line.length(), at + 1));
    };
  }
}
