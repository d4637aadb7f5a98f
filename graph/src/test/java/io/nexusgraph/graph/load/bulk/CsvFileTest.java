package io.nexusgraph.graph.load.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {

  @TempDir Path dir;

  @Test
  void writesTheHeaderThenQuotedStringsAndBareTypedValues() throws Exception {
    Path path = dir.resolve("a.csv");
    try (CsvFile csv =
        new CsvFile(path, List.of(":ID", "s", "at:datetime", "v:double", "b:boolean", "n:int"))) {
      csv.row(
          List.of(
              4_294_967_296L,
              "a\"b,c",
              Instant.parse("2024-03-01T10:00:00.5Z").atZone(ZoneOffset.UTC),
              1.0E-7,
              true,
              1));
      csv.row(Arrays.asList(0L, "", null, null, false, 0));
      assertThat(csv.rows()).isEqualTo(2);
      assertThat(csv.multiline()).isFalse();
    }

    assertThat(Files.readString(path, StandardCharsets.UTF_8))
        .isEqualTo(
            ":ID,s,at:datetime,v:double,b:boolean,n:int\n"
                + "4294967296,\"a\"\"b,c\",2024-03-01T10:00:00.5Z,1.0E-7,true,1\n"
                + "0,\"\",,,false,0\n");
  }

  @Test
  void doublesEveryQuoteWhereverItStands() throws Exception {
    Path path = dir.resolve("q.csv");
    try (CsvFile csv = new CsvFile(path, List.of("s"))) {
      csv.row(List.of("\"\"x\"y\""));
      csv.row(List.of("\""));
      csv.row(List.of("plain"));
    }

    assertThat(Files.readString(path, StandardCharsets.UTF_8))
        .isEqualTo("s\n\"\"\"\"\"x\"\"y\"\"\"\n\"\"\"\"\n\"plain\"\n");
  }

  @Test
  void remembersLineBreaksAndKeepsThemInsideTheQuotes() throws Exception {
    Path path = dir.resolve("b.csv");
    try (CsvFile csv = new CsvFile(path, List.of("s"))) {
      csv.row(List.of("x\r\ny ü"));
      assertThat(csv.multiline()).isTrue();
    }

    assertThat(Files.readString(path, StandardCharsets.UTF_8)).isEqualTo("s\n\"x\r\ny ü\"\n");
  }

  @Test
  void refusesAValueOfATypeTheLoaderNeverSends() {
    try (CsvFile csv = new CsvFile(dir.resolve("c.csv"), List.of("n"))) {
      assertThatThrownBy(() -> csv.row(List.of(42.0f)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("java.lang.Float");
    }
  }
}
