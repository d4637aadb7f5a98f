package io.nexusgraph.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.IntNode;

/**
 * The compact map behaves as the {@link LinkedHashMap} Jackson would use, across random operations
 * on small and large maps, and trees read with the adapters' mappers equal (and print as) the trees
 * Jackson's default mapper reads. Fixed seed, so failures reproduce.
 */
class CompactPropertyMapTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private final Random random = new Random(20261122L);

  @Test
  void randomOperationsGiveWhatALinkedHashMapGives() {
    for (int round = 0; round < 400; round++) {
      CompactPropertyMap compact = new CompactPropertyMap();
      Map<String, JsonNode> reference = new LinkedHashMap<>();
      int keys = 1 + random.nextInt(2 * CompactPropertyMap.LINEAR_LIMIT + 4);
      for (int op = 0; op < 60; op++) {
        String key = random.nextInt(50) == 0 ? null : "k" + random.nextInt(keys);
        JsonNode value = random.nextInt(20) == 0 ? null : IntNode.valueOf(random.nextInt(5));
        switch (random.nextInt(6)) {
          case 0, 1, 2 -> assertThat(compact.put(key, value)).isEqualTo(reference.put(key, value));
          case 3 -> assertThat(compact.remove(key)).isEqualTo(reference.remove(key));
          case 4 -> removeEveryOther(compact, reference);
          default -> {
            assertThat(compact.get(key)).isEqualTo(reference.get(key));
            assertThat(compact.containsKey(key)).isEqualTo(reference.containsKey(key));
          }
        }
        assertSame(compact, reference);
      }
      compact.clear();
      reference.clear();
      assertSame(compact, reference);
    }
  }

  @Test
  void aKeyIsFoundByTheSameInstanceAndByAnEqualOne() {
    String key = "email";
    String equal = new String(key.toCharArray());
    CompactPropertyMap compact = new CompactPropertyMap();
    compact.put("type", IntNode.valueOf(1));
    compact.put(key, IntNode.valueOf(2));
    assertThat(equal).isNotSameAs(key);
    assertThat(compact.get(key)).isEqualTo(IntNode.valueOf(2));
    assertThat(compact.get(equal)).isEqualTo(IntNode.valueOf(2));
    assertThat(compact.get(new String("typ".toCharArray()) + "e")).isEqualTo(IntNode.valueOf(1));
    assertThat(compact.get("emails")).isNull();
  }

  @Test
  void aReplacedKeyKeepsItsPlaceAndEntriesWriteThrough() {
    CompactPropertyMap map = new CompactPropertyMap();
    map.put("a", IntNode.valueOf(1));
    map.put("b", IntNode.valueOf(2));
    assertThat(map.put("a", IntNode.valueOf(3))).isEqualTo(IntNode.valueOf(1));
    Map.Entry<String, JsonNode> first = map.entrySet().iterator().next();
    assertThat(first.setValue(IntNode.valueOf(4))).isEqualTo(IntNode.valueOf(3));
    assertThat(new ArrayList<>(map.entrySet()))
        .containsExactly(Map.entry("a", IntNode.valueOf(4)), Map.entry("b", IntNode.valueOf(2)));
  }

  @Test
  void treesEqualAndPrintAsJacksonsOwnIncludingDuplicateAndManyProperties() {
    StringBuilder many = new StringBuilder("{");
    for (int i = 0; i < 3 * CompactPropertyMap.LINEAR_LIMIT; i++) {
      many.append(i == 0 ? "" : ",").append("\"p").append(i % 40).append("\":").append(i);
    }
    many.append(",\"o\":{\"x\":[{\"y\":1,\"y\":2,\"z\":null}],\"w\":\"v\"}}");
    List<String> docs =
        List.of(
            many.toString(),
            "{\"type\":\"identify\",\"a\":1,\"b\":{\"c\":true},\"a\":2,\"d\":[1.5,\"s\"]}",
            "{}",
            "[{\"k\":{}},{\"k\":[]}]");
    for (String doc : docs) {
      JsonNode compact = Json.STRICT.readTree(doc);
      JsonNode reference = PLAIN.readTree(doc);
      assertThat(compact).as(doc).isEqualTo(reference);
      assertThat(reference).as(doc).isEqualTo(compact);
      assertThat(compact.hashCode()).as(doc).isEqualTo(reference.hashCode());
      assertThat(compact.toString()).as(doc).isEqualTo(reference.toString());
      assertThat(compact.deepCopy().toString()).as(doc).isEqualTo(reference.toString());
    }
  }

  private void removeEveryOther(CompactPropertyMap compact, Map<String, JsonNode> reference) {
    Iterator<Map.Entry<String, JsonNode>> c = compact.entrySet().iterator();
    Iterator<Map.Entry<String, JsonNode>> r = reference.entrySet().iterator();
    boolean remove = random.nextBoolean();
    while (r.hasNext()) {
      assertThat(c.hasNext()).isTrue();
      assertThat(c.next()).isEqualTo(r.next());
      if (remove) {
        c.remove();
        r.remove();
      }
      remove = !remove;
    }
    assertThat(c.hasNext()).isFalse();
  }

  private static void assertSame(CompactPropertyMap compact, Map<String, JsonNode> reference) {
    assertThat(compact.size()).isEqualTo(reference.size());
    assertThat(new ArrayList<>(compact.entrySet()))
        .containsExactlyElementsOf(new ArrayList<>(reference.entrySet()));
    assertThat(compact).isEqualTo(reference);
    assertThat(reference).isEqualTo(compact);
    assertThat(compact.hashCode()).isEqualTo(reference.hashCode());
    assertThat(compact.toString()).isEqualTo(reference.toString());
  }
}
