package io.nexusgraph.ingest.source;

import io.nexusgraph.ingest.CorruptCheckpointException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stored form of a {@link Checkpoint}: one versioned JSON text, so a caller can keep it per
 * source in a text or jsonb column and hand it back on the next run. The text is stable (files in
 * path order, fields in a fixed order, the watermark as an ISO-8601 instant to the nanosecond), so
 * an unchanged checkpoint serialises to the same string:
 *
 * <pre>
 * {"version":1,"watermark":"2025-03-01T10:00:00.123456Z",
 *  "files":{"/data/gmail/messages.jsonl":{"byte_offset":5120,"lines":12}}}
 * </pre>
 *
 * Reading is strict: anything that is not exactly this shape (unknown or duplicate keys, negative
 * offsets, an unparseable watermark, a newer version) raises {@link CorruptCheckpointException}
 * rather than silently re-reading or skipping data.
 */
public final class CheckpointCodec {
  /** The format written by {@link #toJson}; {@link #fromJson} reads this version and older. */
  public static final int VERSION = 1;

  private static final ObjectReader READER =
      Json.STRICT.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  private static final int EXCERPT = 120;

  private CheckpointCodec() {}

  public static String toJson(Checkpoint checkpoint) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("version", VERSION);
    root.put(
        "watermark", checkpoint.watermark() == null ? null : checkpoint.watermark().toString());
    ObjectNode files = root.putObject("files");
    new TreeMap<>(checkpoint.files())
        .forEach(
            (file, mark) ->
                files
                    .putObject(file)
                    .put("byte_offset", mark.byteOffset())
                    .put("lines", mark.lines()));
    return Json.MAPPER.writeValueAsString(root);
  }

  /**
   * @throws CorruptCheckpointException when {@code json} is not a checkpoint this version wrote
   */
  public static Checkpoint fromJson(String json) {
    if (json == null || json.isBlank()) {
      throw corrupt(json, "it is empty");
    }
    JsonNode root;
    try {
      root = READER.readTree(json);
    } catch (JacksonException e) {
      throw corrupt(json, "it is not valid JSON (" + JsonFileSource.brief(e) + ")");
    }
    if (!root.isObject()) {
      throw corrupt(json, "it is not a JSON object");
    }
    onlyKeys(json, root, "the checkpoint", "version", "watermark", "files");
    JsonNode version = root.path("version");
    if (!version.isInt() || version.intValue() < 1) {
      throw corrupt(json, "\"version\" must be a positive integer");
    }
    if (version.intValue() > VERSION) {
      throw corrupt(
          json,
          "it was written in format version %d, and this build reads up to %d: upgrade nexus-ingest"
              .formatted(version.intValue(), VERSION));
    }
    return new Checkpoint(files(json, root.path("files")), watermark(json, root.path("watermark")));
  }

  private static Map<String, Checkpoint.FileMark> files(String json, JsonNode files) {
    if (!files.isObject()) {
      throw corrupt(json, "\"files\" must be an object of file → {byte_offset, lines}");
    }
    Map<String, Checkpoint.FileMark> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : files.properties()) {
      String where = "file " + e.getKey();
      JsonNode mark = e.getValue();
      if (!mark.isObject()) {
        throw corrupt(json, where + " must map to {byte_offset, lines}");
      }
      onlyKeys(json, mark, where, "byte_offset", "lines");
      out.put(
          e.getKey(),
          new Checkpoint.FileMark(
              count(json, mark, "byte_offset", where), count(json, mark, "lines", where)));
    }
    return out;
  }

  private static long count(String json, JsonNode mark, String field, String where) {
    JsonNode n = mark.path(field);
    if (!n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() < 0) {
      throw corrupt(json, where + ": \"" + field + "\" must be a non-negative integer");
    }
    return n.longValue();
  }

  private static Instant watermark(String json, JsonNode watermark) {
    if (watermark.isNull()) {
      return null;
    }
    if (!watermark.isString()) {
      throw corrupt(json, "\"watermark\" must be null or an ISO-8601 instant");
    }
    try {
      return Instant.parse(watermark.stringValue());
    } catch (DateTimeParseException e) {
      throw corrupt(json, "\"watermark\" is not an ISO-8601 instant: " + watermark.stringValue());
    }
  }

  private static void onlyKeys(String json, JsonNode node, String where, String... keys) {
    for (String key : keys) {
      if (!node.has(key)) {
        throw corrupt(json, where + " has no \"" + key + "\"");
      }
    }
    if (node.size() != keys.length) {
      for (String name : node.propertyNames()) {
        if (!List.of(keys).contains(name)) {
          throw corrupt(json, where + " has an unknown key \"" + name + "\"");
        }
      }
    }
  }

  private static CorruptCheckpointException corrupt(String json, String why) {
    String text = json == null ? "null" : json.strip();
    String excerpt = text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
    return new CorruptCheckpointException(
        "stored checkpoint is corrupt: "
            + why
            + ". Text: "
            + excerpt
            + ". Fix or delete the stored checkpoint; without one the source is read from the"
            + " start again, which is safe: re-read records get the same ids.");
  }
}
