package io.nexusgraph.graph.load.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnTest {

  @Test
  void identifierIdsDoNotCollideWhenTypeAndValueShareCharacters() {
    assertThat(Column.identifierId("ab", "c")).isEqualTo("2:abc");
    assertThat(Column.identifierId("a", "bc")).isEqualTo("1:abc");
  }
}
