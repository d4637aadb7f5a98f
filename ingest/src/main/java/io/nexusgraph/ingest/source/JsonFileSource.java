package io.nexusgraph.ingest.source;

import io.nexusgraph.ingest.quarantine.ReasonCode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A file-based JSON source: JSONL/NDJSON files are read line by line and checkpointed by byte
 * offset; {@code .json} documents are streamed token by token and checkpointed by watermark. A
 * document may be an array of records, an API list envelope whose records sit under one of {@link
 * #LIST_KEYS} ({@code {"object":"list","data":[...]}}, {@code {"items":[...]}}, {@code
 * {"customers":[...]}}), or a single record (optionally wrapped, {@code {"shop":{...}}}).
 */
public final class JsonFileSource implements SourceAdapter {
  static final Set<String> LIST_KEYS =
      Set.of("data", "items", "messages", "customers", "orders", "shops", "events", "batch");

  private final List<Path> paths;
  private final JsonRecordMapper mapper;
  private final Set<String> wrapperKeys;

  /**
   * @param wrapperKeys property names that wrap a single record, e.g. {@code shop} in Shopify's
   *     {@code {"shop":{...}}}
   */
  public JsonFileSource(List<Path> paths, JsonRecordMapper mapper, Set<String> wrapperKeys) {
    this.paths = List.copyOf(paths);
    this.mapper = mapper;
    this.wrapperKeys = Set.copyOf(wrapperKeys);
  }

  @Override
  public ReadResult read(Checkpoint from, IngestContext ctx) {
    Checkpoint cp = from;
    for (Path file : FileSet.expand(paths, List.of(".json", ".jsonl", ".ndjson"))) {
      cp = FileSet.isLines(file) ? readLines(file, cp, ctx) : readDocument(file, cp, from, ctx);
    }
    return new ReadResult(cp, ctx.counts());
  }

  private Checkpoint readLines(Path file, Checkpoint cp, IngestContext ctx) {
    String name = file.getFileName().toString();
    Instant watermark = null;
    JsonLineParser parser = new JsonLineParser();
    try (LineReader lines = new LineReader(file, cp.mark(file.toString()))) {
      for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
        if (line.text().isBlank()) {
          continue;
        }
        SourcePosition pos = SourcePosition.line(name, line.number(), line.byteOffset());
        if (line.truncated()) {
          ctx.rejectRecord(pos, line.text(), ReasonCode.MALFORMED_JSON, "line too long");
          continue;
        }
        JsonNode node;
        try {
          node = parseLine(parser, lines, line.text());
        } catch (JacksonException e) {
          ctx.rejectRecord(pos, line.text(), ReasonCode.MALFORMED_JSON, brief(e));
          continue;
        }
        Instant t = handle(node, pos, line.text(), ctx);
        watermark = t != null && (watermark == null || t.isAfter(watermark)) ? t : watermark;
      }
      return cp.withMark(file.toString(), lines.mark()).withWatermark(watermark);
    }
  }

  /**
   * Parses an ASCII line from its bytes, which is faster than from text: an object line with the
   * file's reused {@link JsonLineParser}, anything it declines with a parser of its own. Any other
   * line, and any line the byte parser refuses, is parsed from its text (decoded with replacement
   * characters for invalid UTF-8), the reference for what a line means and for the error reported.
   */
  private static JsonNode parseLine(JsonLineParser parser, LineReader lines, String text) {
    byte[] bytes = lines.lastBytes();
    int length = lines.lastLength();
    if (lines.lastAscii()) {
      JsonNode node = parser.parseObject(bytes, length);
      if (node != null) {
        return node;
      }
      try {
        return Json.STRICT.readTree(bytes, 0, length);
      } catch (JacksonException e) {
        // parsed again from the text below
      }
    }
    return Json.STRICT.readTree(text);
  }

  private Checkpoint readDocument(Path file, Checkpoint cp, Checkpoint from, IngestContext ctx) {
    String name = file.getFileName().toString();
    Checkpoint[] next = {cp};
    int[] index = {0};
    TokenStreamLocation at = null;
    try (JsonParser p = Json.MAPPER.createParser(file)) {
      JsonToken first = p.nextToken();
      if (first == JsonToken.START_ARRAY) {
        at = readArray(p, name, index, from, next, ctx);
      } else if (first == JsonToken.START_OBJECT) {
        ObjectNode envelope = Json.MAPPER.createObjectNode();
        boolean listed = false;
        for (String key = p.nextName(); key != null; key = p.nextName()) {
          JsonToken t = p.nextToken();
          if (t == JsonToken.START_ARRAY && LIST_KEYS.contains(key)) {
            at = readArray(p, name, index, from, next, ctx);
            listed = true;
          } else {
            at = p.currentTokenLocation();
            envelope.set(key, Json.MAPPER.readTree(p));
          }
        }
        if (!listed) {
          JsonNode record = unwrap(envelope);
          SourcePosition pos = SourcePosition.record(name, "0");
          accept(record, pos, record.toString(), from, next, ctx);
        }
      } else if (first != null) {
        ctx.rejectRecord(
            SourcePosition.record(name, "0"),
            p.getString(),
            ReasonCode.MALFORMED_JSON,
            "a JSON document must be an array or an object");
      }
    } catch (JacksonException e) {
      long line = at == null ? 1 : at.getLineNr();
      ctx.rejectRecord(
          new SourcePosition(name, line, -1, String.valueOf(index[0])),
          e.getOriginalMessage(),
          ReasonCode.MALFORMED_JSON,
          "rest of file unreadable: " + brief(e));
    }
    return next[0];
  }

  private TokenStreamLocation readArray(
      JsonParser p,
      String name,
      int[] index,
      Checkpoint from,
      Checkpoint[] next,
      IngestContext ctx) {
    TokenStreamLocation at = p.currentTokenLocation();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      at = p.currentTokenLocation();
      JsonNode node = Json.MAPPER.readTree(p);
      SourcePosition pos =
          new SourcePosition(name, at.getLineNr(), at.getByteOffset(), String.valueOf(index[0]++));
      accept(node, pos, node.toString(), from, next, ctx);
    }
    return at;
  }

  private void accept(
      JsonNode node,
      SourcePosition pos,
      String raw,
      Checkpoint from,
      Checkpoint[] next,
      IngestContext ctx) {
    if (node.isObject()) {
      Instant t = mapper.updatedAt(node, ctx);
      if (from.before(t)) {
        return;
      }
    }
    Instant t = handle(node, pos, raw, ctx);
    next[0] = next[0].withWatermark(t);
  }

  private Instant handle(JsonNode node, SourcePosition pos, String raw, IngestContext ctx) {
    if (!node.isObject()) {
      ctx.rejectRecord(pos, raw, ReasonCode.MALFORMED_JSON, "not a JSON object");
      return null;
    }
    RecordWriter out = ctx.begin(pos, raw);
    mapper.map(node, out);
    out.commit();
    return mapper.updatedAt(node, ctx);
  }

  private JsonNode unwrap(ObjectNode envelope) {
    if (envelope.size() == 1) {
      String key = envelope.propertyNames().iterator().next();
      if (wrapperKeys.contains(key) && envelope.get(key).isObject()) {
        return envelope.get(key);
      }
    }
    return envelope;
  }

  static String brief(JacksonException e) {
    String m = e.getOriginalMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
