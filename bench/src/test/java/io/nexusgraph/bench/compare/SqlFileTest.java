package io.nexusgraph.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlFileTest {

  @Test
  void splitsStatementsAtLineEndSemicolonsAndSkipsComments() {
    String text =
        """
        -- a comment
        CREATE TABLE t (a int);

        SELECT a
        FROM t
        WHERE a = ?;
        """;

    assertThat(SqlFile.split(text))
        .containsExactly("CREATE TABLE t (a int)", "SELECT a\nFROM t\nWHERE a = ?");
  }

  @Test
  void everyShippedFileLoads() {
    assertThat(SqlFile.load("label-hop").single()).startsWith("UPDATE bench.label");
    assertThat(SqlFile.load("edges").statements()).hasSize(5);
    assertThat(SqlFile.load("labels-read").single()).contains("n.kind = ?");
  }

  @Test
  void copyValuesEscapeTheTextFormatsSpecialCharacters() {
    assertThat(SqlApproach.escape("a\tb\\c\nd\re")).isEqualTo("a\\tb\\\\c\\nd\\re");
    assertThat(SqlApproach.escape("plain@x.io")).isEqualTo("plain@x.io");
  }
}
