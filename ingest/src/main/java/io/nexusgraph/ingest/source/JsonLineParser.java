package io.nexusgraph.ingest.source;

import java.io.OutputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.async.ByteArrayFeeder;
import tools.jackson.databind.JsonNode;

/**
 * Parses the lines of one JSONL file that each hold one JSON object, with a single Jackson
 * non-blocking parser fed one line after another. That saves creating a parser (its buffers,
 * contexts and property-name table) per line and the end-of-input check after it, about a third of
 * the time of parsing a typical line on its own.
 *
 * <p>It vouches only for a line that is exactly one JSON object followed by nothing but JSON
 * whitespace. For anything else (another kind of value, content after the object, malformed JSON, a
 * Jackson limit reached) it returns null and starts over with a new parser, and the caller parses
 * the line on its own, which stays the reference for what a line means and for the error reported.
 * The parser is also renewed every {@link #LINES_PER_PARSER} lines, so the property names it has
 * cached stay bounded whatever the size of the file. Not thread-safe: one per file being read.
 */
final class JsonLineParser {
  static final int LINES_PER_PARSER = 4096;

  private JsonParser parser;
  private ByteArrayFeeder feeder;
  private int lines;

  /** The object on {@code bytes[0, length)} (one line, no terminator), or null: see above. */
  JsonNode parseObject(byte[] bytes, int length) {
    if (parser == null || lines == LINES_PER_PARSER) {
      renew();
    }
    lines++;
    try {
      feeder.feedInput(bytes, 0, length);
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return discard();
      }
      JsonNode node = Json.MAPPER.readTree(parser);
      // the tree reader stops quietly where the input runs out; only a closed root object counts
      boolean closed =
          parser.getLastClearedToken() == JsonToken.END_OBJECT
              && parser.streamReadContext().inRoot();
      if (!closed || !onlyWhitespaceAfter(bytes, length)) {
        return discard();
      }
      return parser.nextToken() == JsonToken.NOT_AVAILABLE ? node : discard();
    } catch (JacksonException e) {
      return discard();
    }
  }

  /** True when what the parser has not consumed yet, the end of the line, is JSON whitespace. */
  private boolean onlyWhitespaceAfter(byte[] bytes, int length) {
    int left = parser.releaseBuffered(OutputStream.nullOutputStream());
    for (int i = length - left; i < length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }

  private void renew() {
    close();
    parser = Json.MAPPER.createNonBlockingByteArrayParser();
    feeder = (ByteArrayFeeder) parser.nonBlockingInputFeeder();
    lines = 0;
  }

  private JsonNode discard() {
    close();
    return null;
  }

  private void close() {
    if (parser != null) {
      parser.close();
      parser = null;
      feeder = null;
    }
  }
}
