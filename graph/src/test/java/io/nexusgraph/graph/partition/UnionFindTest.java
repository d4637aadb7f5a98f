package io.nexusgraph.graph.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnionFindTest {

  @Test
  void unionsJoinSetsAndCountComponents() {
    // 0-1-2   3-4   5
    UnionFind uf = new UnionFind(6);
    assertThat(uf.components()).isEqualTo(6);

    assertThat(uf.union(0, 1)).isTrue();
    assertThat(uf.union(1, 2)).isTrue();
    assertThat(uf.union(3, 4)).isTrue();
    assertThat(uf.union(2, 0)).as("already one set").isFalse();

    assertThat(uf.components()).isEqualTo(3);
    assertThat(uf.find(0)).isEqualTo(uf.find(2));
    assertThat(uf.find(3)).isEqualTo(uf.find(4));
    assertThat(uf.find(0)).isNotEqualTo(uf.find(3));
    assertThat(uf.find(5)).isEqualTo(5);
    assertThat(uf.sizeOf(1)).isEqualTo(3);
    assertThat(uf.sizeOf(4)).isEqualTo(2);
    assertThat(uf.sizeOf(5)).isEqualTo(1);
  }

  @Test
  void aLongChainEndsInOneSet() {
    int n = 100_000;
    UnionFind uf = new UnionFind(n);
    for (int i = n - 1; i > 0; i--) {
      uf.union(i, i - 1);
    }
    assertThat(uf.components()).isEqualTo(1);
    assertThat(uf.sizeOf(0)).isEqualTo(n);
    assertThat(uf.find(n - 1)).isEqualTo(uf.find(0));
  }

  @Test
  void growsByAddedElementsThatJoinLikeTheOthers() {
    UnionFind uf = new UnionFind(0);
    for (int i = 0; i < 40; i++) {
      assertThat(uf.add()).isEqualTo(i);
    }
    uf.union(0, 39);
    uf.union(39, 17);

    assertThat(uf.elements()).isEqualTo(40);
    assertThat(uf.components()).isEqualTo(38);
    assertThat(uf.find(17)).isEqualTo(uf.find(0));
    assertThat(uf.sizeOf(39)).isEqualTo(3);
    assertThat(uf.find(5)).isEqualTo(5);
  }

  @Test
  void rejectsANegativeSize() {
    assertThatThrownBy(() -> new UnionFind(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }
}
