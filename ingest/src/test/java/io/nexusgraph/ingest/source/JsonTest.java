package io.nexusgraph.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JsonTest {
  private final JsonNode node =
      Json.STRICT.readTree(
          "{\"s\":\"x\",\"i\":12,\"l\":12345678901,\"big\":123456789012345678901234,"
              + "\"d\":1.50,\"e\":1e3,\"t\":true,\"f\":false,\"n\":null,\"o\":{\"k\":\"v\"},"
              + "\"a\":[1]}");

  @Test
  void parsedPropertyNamesAreInternedSoLookupsWithLiteralsFindTheSameInstance() {
    byte[] line = "{\"email\":\"a@b.c\",\"o\":{\"type\":1}}".getBytes(StandardCharsets.UTF_8);
    JsonNode fromLine = new JsonLineParser().parseObject(line, line.length);
    for (JsonNode tree :
        List.of(
            fromLine,
            Json.MAPPER.readTree(line),
            Json.STRICT.readTree(new String(line, StandardCharsets.UTF_8)))) {
      assertThat(tree.propertyNames()).first().isSameAs("email");
      assertThat(tree.get("o").propertyNames()).first().isSameAs("type");
    }
  }

  @Test
  void textIsTheStringOrTheNumberOrBooleanAsWrittenByJacksonAndNullForTheRest() {
    assertThat(Json.text(node, "s")).isEqualTo("x");
    assertThat(Json.text(node, "i")).isEqualTo("12");
    assertThat(Json.text(node, "l")).isEqualTo("12345678901");
    assertThat(Json.text(node, "big")).isEqualTo("123456789012345678901234");
    assertThat(Json.text(node, "d")).isEqualTo("1.5");
    assertThat(Json.text(node, "e")).isEqualTo("1000.0");
    assertThat(Json.text(node, "t")).isEqualTo("true");
    assertThat(Json.text(node, "f")).isEqualTo("false");
    for (String absent : new String[] {"n", "o", "a", "missing"}) {
      assertThat(Json.text(node, absent)).as(absent).isNull();
    }
  }

  @Test
  void everyFormOfPathReachesTheSameNode() {
    assertThat(Json.text(node, "o", "k")).isEqualTo("v");
    assertThat(Json.text(node, new String[] {"o", "k"})).isEqualTo("v");
    assertThat(Json.text(Json.at(node, "o"), "k")).isEqualTo("v");
    assertThat(Json.at(node, "o", "k")).isSameAs(Json.at(node, new String[] {"o", "k"}));
    assertThat(Json.at(node, "o", "missing").isMissingNode()).isTrue();
    assertThat(Json.text(node, "missing", "k")).isNull();
    assertThat(Json.present(node, "n")).isFalse();
    assertThat(Json.present(node, "o", "k")).isTrue();
  }
}
