package io.nexusgraph.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallKeyMapTest {

  @Test
  void keepsTheFirstValuePerKeyBelowAndBeyondTheLinearLimit() {
    SmallKeyMap<String> map = new SmallKeyMap<>();
    int keys = SmallKeyMap.LINEAR_LIMIT * 3;
    for (int i = 0; i < keys; i++) {
      assertThat(map.putIfAbsent("k" + i, "first" + i)).isTrue();
      assertThat(map.putIfAbsent("k" + (i / 2), "again")).isFalse();
    }
    for (int i = 0; i < keys; i++) {
      assertThat(map.get("k" + i)).isEqualTo("first" + i);
    }
    assertThat(map.get("k" + keys)).isNull();
  }

  @Test
  void clearedItHoldsNothingAndWorksAgainBothSmallAndAfterTheIndex() {
    SmallKeyMap<String> map = new SmallKeyMap<>();
    for (int size : new int[] {3, SmallKeyMap.LINEAR_LIMIT * 2, 5}) {
      for (int i = 0; i < size; i++) {
        assertThat(map.putIfAbsent("k" + i, "v" + size)).isTrue();
      }
      assertThat(map.get("k" + (size - 1))).isEqualTo("v" + size);
      map.clear();
      for (int i = 0; i < SmallKeyMap.LINEAR_LIMIT * 2; i++) {
        assertThat(map.get("k" + i)).isNull();
      }
    }
  }
}
