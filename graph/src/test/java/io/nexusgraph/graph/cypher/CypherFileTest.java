package io.nexusgraph.graph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CypherFileTest {

  @Test
  void splitsStatementsAtLineEndSemicolonsAndDropsComments() {
    String text =
        """
        // a comment
        MATCH (n)
        WHERE n.x = ';'
        RETURN n;

        // another
        RETURN 1;
        """;

    assertThat(CypherFile.split(text))
        .containsExactly("MATCH (n)\nWHERE n.x = ';'\nRETURN n", "RETURN 1");
  }

  @Test
  void keepsALastStatementWithoutSemicolon() {
    assertThat(CypherFile.split("RETURN 1")).containsExactly("RETURN 1");
  }

  @Test
  void loadsAFolderInFileNameOrder() {
    List<CypherFile> files = CypherFile.loadFolder("schema");

    assertThat(files)
        .extracting(CypherFile::name)
        .containsExactly(
            "schema/001-identity-constraints", "schema/002-indexes", "schema/003-entities");
    assertThat(files.getFirst().statements()).hasSize(5).allMatch(s -> s.contains("IF NOT EXISTS"));
  }

  @Test
  void namesTheMissingFile() {
    assertThatThrownBy(() -> CypherFile.load("nope/missing"))
        .hasMessage("Cypher file cypher/nope/missing.cypher is not on the classpath");
  }

  @Test
  void singleRefusesAFileWithSeveralStatements() {
    assertThatThrownBy(() -> CypherFile.load("schema/002-indexes").single())
        .hasMessageContaining("holds 8 statements, expected 1");
  }
}
