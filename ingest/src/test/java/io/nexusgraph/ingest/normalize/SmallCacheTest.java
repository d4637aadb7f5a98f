package io.nexusgraph.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SmallCacheTest {
  private final List<String> computed = new ArrayList<>();
  private final Function<String, String> upper =
      k -> {
        computed.add(k);
        return k.toUpperCase();
      };

  @Test
  void computesEachKeyOnceWhileItIsHeld() {
    SmallCache<String> cache = new SmallCache<>(4);
    assertThat(cache.computeIfAbsent("a", upper)).isEqualTo("A");
    assertThat(cache.computeIfAbsent("a", upper)).isEqualTo("A");
    assertThat(computed).containsExactly("a");
  }

  @Test
  void holdsAtMostItsCapacityAndKeepsRecentlyUsedKeys() {
    SmallCache<String> cache = new SmallCache<>(4);
    for (String k : List.of("a", "b", "c", "d")) {
      cache.computeIfAbsent(k, upper);
    }
    // generations of two: young {c, d}, old {a, b}; a hit in the old one moves "a" to a new young
    // generation, which drops {a, b} and keeps {c, d} as the old one
    cache.computeIfAbsent("a", upper);
    cache.computeIfAbsent("e", upper);
    assertThat(cache.size()).isEqualTo(4);
    computed.clear();
    cache.computeIfAbsent("a", upper);
    cache.computeIfAbsent("b", upper);
    assertThat(computed).containsExactly("b");
    for (int i = 0; i < 100; i++) {
      cache.computeIfAbsent("k" + i, upper);
    }
    assertThat(cache.size()).isLessThanOrEqualTo(4);
    computed.clear();
    cache.computeIfAbsent("k98", upper);
    cache.computeIfAbsent("k99", upper);
    cache.computeIfAbsent("k0", upper);
    assertThat(computed).containsExactly("k0");
  }
}
