package io.nexusgraph.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineReaderTest {
  @TempDir Path dir;

  @Test
  void tellsWhetherEachLineIsAsciiEvenWhenItSpansReadChunks() throws IOException {
    String longAscii = "a".repeat(70_000);
    String longWithAccentAfterAChunk = "b".repeat(66_000) + "é" + "c".repeat(10);
    String longWithAccentFirst = "é" + "d".repeat(70_000);
    List<String> lines =
        List.of(
            "{\"a\":1}",
            "{\"n\":\"é\"}",
            longWithAccentAfterAChunk,
            longAscii,
            "x\r",
            longWithAccentFirst,
            "z");
    Path file = dir.resolve("lines.jsonl");
    Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);

    List<String> texts = new ArrayList<>();
    List<Boolean> ascii = new ArrayList<>();
    try (LineReader reader = new LineReader(file, Checkpoint.EMPTY.mark(file.toString()))) {
      for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
        texts.add(line.text());
        ascii.add(reader.lastAscii());
        assertThat(new String(reader.lastBytes(), 0, reader.lastLength(), StandardCharsets.UTF_8))
            .isEqualTo(line.text());
      }
    }
    assertThat(texts)
        .containsExactly(
            "{\"a\":1}",
            "{\"n\":\"é\"}",
            longWithAccentAfterAChunk,
            longAscii,
            "x",
            longWithAccentFirst,
            "z");
    assertThat(ascii).containsExactly(true, false, false, true, true, false, true);
  }
}
