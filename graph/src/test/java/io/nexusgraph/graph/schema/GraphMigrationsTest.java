package io.nexusgraph.graph.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexusgraph.graph.cypher.CypherFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphMigrationsTest {

  @Test
  void aMigrationIsNumberedByItsFileName() {
    assertThat(GraphMigrations.number(new CypherFile("migrate/002-same-as-link", List.of("x"))))
        .isEqualTo(2);
    assertThat(GraphMigrations.number(new CypherFile("migrate/017", List.of("x")))).isEqualTo(17);
  }

  @Test
  void aFileWithoutANumberIsRefusedByName() {
    assertThatThrownBy(
            () -> GraphMigrations.number(new CypherFile("migrate/same-as-link", List.of("x"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cypher/migrate/same-as-link.cypher")
        .hasMessageContaining("must start with its number");
  }

  @Test
  void everyShippedMigrationHasADistinctNumberAboveTheUnversionedModel() {
    List<Integer> numbers =
        CypherFile.loadFolder("migrate").stream().map(GraphMigrations::number).toList();
    assertThat(numbers).isNotEmpty().doesNotHaveDuplicates().isSorted();
    assertThat(numbers.getFirst()).isGreaterThan(GraphMigrations.UNVERSIONED);
  }
}
