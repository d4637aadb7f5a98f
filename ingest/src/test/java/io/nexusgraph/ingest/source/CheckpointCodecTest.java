package io.nexusgraph.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexusgraph.ingest.CorruptCheckpointException;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.normalize.NormalizationConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckpointCodecTest {

  @Test
  void theEmptyCheckpointHasAFixedText() {
    String json = CheckpointCodec.toJson(Checkpoint.EMPTY);
    assertThat(json).isEqualTo("{\"version\":1,\"watermark\":null,\"files\":{}}");
    assertThat(CheckpointCodec.fromJson(json)).isEqualTo(Checkpoint.EMPTY);
  }

  @Test
  void filesAreWrittenInPathOrderAndTheWatermarkToTheNanosecond() {
    Checkpoint cp =
        Checkpoint.EMPTY
            .withMark("/data/z/événements.jsonl", new Checkpoint.FileMark(5120, 12))
            .withMark("/data/a \"quoted\".jsonl", new Checkpoint.FileMark(0, 0))
            .withWatermark(Instant.parse("2025-03-01T10:00:00.123456789Z"));
    String json = CheckpointCodec.toJson(cp);
    assertThat(json)
        .isEqualTo(
            "{\"version\":1,\"watermark\":\"2025-03-01T10:00:00.123456789Z\",\"files\":{"
                + "\"/data/a \\\"quoted\\\".jsonl\":{\"byte_offset\":0,\"lines\":0},"
                + "\"/data/z/événements.jsonl\":{\"byte_offset\":5120,\"lines\":12}}}");
    assertThat(CheckpointCodec.fromJson(json)).isEqualTo(cp);
    assertThat(CheckpointCodec.toJson(CheckpointCodec.fromJson(json))).isEqualTo(json);
  }

  @Test
  void aStoredCheckpointResumesAJsonlSourceAfterWhatWasRead(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("events.jsonl");
    String first =
        """
        {"type":"track","messageId":"m1","userId":"u1","event":"a","timestamp":"2024-03-01T10:00:00Z"}
        """;
    Files.writeString(file, first);
    SourceAdapter adapter =
        SourceAdapters.byType("segment").create(Map.of("paths", file.toString()));
    String stored = CheckpointCodec.toJson(read(adapter, Checkpoint.EMPTY, new ArrayList<>()));
    Files.writeString(
        file,
        first
            + """
            {"type":"track","messageId":"m2","userId":"u2","event":"b","timestamp":"2024-03-02T10:00:00Z"}
            """);
    List<EventLogBatch> batches = new ArrayList<>();
    read(adapter, CheckpointCodec.fromJson(stored), batches);
    assertThat(batches).extracting(b -> b.event().sourceRecordId()).containsExactly("m2");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|it is empty",
        "{\"version\":1,|it is not valid JSON",
        "[1]|it is not a JSON object",
        "{\"version\":1,\"watermark\":null}|the checkpoint has no \"files\"",
        "{\"version\":\"1\",\"watermark\":null,\"files\":{}}|\"version\" must be a positive integer",
        "{\"version\":2,\"watermark\":null,\"files\":{}}|it was written in format version 2, and this"
            + " build reads up to 1",
        "{\"version\":1,\"watermark\":null,\"files\":{},\"offset\":3}|the checkpoint has an"
            + " unknown key \"offset\"",
        "{\"version\":1,\"version\":1,\"watermark\":null,\"files\":{}}|it is not valid JSON"
            + " (Duplicate Object property \"version\")",
        "{\"version\":1,\"watermark\":\"yesterday\",\"files\":{}}|\"watermark\" is not an ISO-8601"
            + " instant: yesterday",
        "{\"version\":1,\"watermark\":5,\"files\":{}}|\"watermark\" must be null or an ISO-8601"
            + " instant",
        "{\"version\":1,\"watermark\":null,\"files\":[]}|\"files\" must be an object",
        "{\"version\":1,\"watermark\":null,\"files\":{\"a\":{\"byte_offset\":-1,\"lines\":0}}}"
            + "|file a: \"byte_offset\" must be a non-negative integer",
        "{\"version\":1,\"watermark\":null,\"files\":{\"a\":{\"byte_offset\":1.5,\"lines\":0}}}"
            + "|file a: \"byte_offset\" must be a non-negative integer",
        "{\"version\":1,\"watermark\":null,\"files\":{\"a\":{\"byte_offset\":1}}}|file a has no"
            + " \"lines\"",
        "{\"version\":1,\"watermark\":null,\"files\":{}} {}|it is not valid JSON"
      })
  void aCorruptCheckpointFailsWithWhatIsWrongAndWhatToDo(String json, String why) {
    assertThatThrownBy(() -> CheckpointCodec.fromJson(json))
        .isInstanceOf(CorruptCheckpointException.class)
        .hasMessageStartingWith("stored checkpoint is corrupt: " + why)
        .hasMessageContaining("Fix or delete the stored checkpoint");
  }

  @Test
  void aNullCheckpointIsCorruptToo() {
    assertThatThrownBy(() -> CheckpointCodec.fromJson(null))
        .isInstanceOf(CorruptCheckpointException.class)
        .hasMessageStartingWith("stored checkpoint is corrupt: it is empty. Text: null.");
  }

  private static Checkpoint read(SourceAdapter adapter, Checkpoint from, List<EventLogBatch> out) {
    IngestContext ctx =
        new IngestContext(
            "segment",
            NormalizationConfig.defaults(),
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC),
            out::add,
            r -> {});
    return adapter.read(from, ctx).checkpoint();
  }
}
