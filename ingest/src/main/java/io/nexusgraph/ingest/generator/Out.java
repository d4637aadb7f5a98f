package io.nexusgraph.ingest.generator;

import io.nexusgraph.ingest.source.Json;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes records either as JSONL or as one JSON document whose records sit in an array under {@code
 * listKey} (an API list response), streaming in both cases. Counts what it wrote.
 */
final class Out implements Closeable {
  private final BufferedWriter w;
  private final boolean document;
  private long count;

  private Out(Path file, String envelopeStart) throws IOException {
    Files.createDirectories(file.getParent());
    this.w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    this.document = envelopeStart != null;
    if (document) {
      w.write(envelopeStart);
    }
  }

  static Out jsonl(Path file) throws IOException {
    return new Out(file, null);
  }

  /** A JSON document: {@code {<prefix fields>, "<listKey>": [ records ]}}. */
  static Out document(Path file, String prefixFields, String listKey) throws IOException {
    String start =
        "{" + (prefixFields.isEmpty() ? "" : prefixFields + ",") + "\"" + listKey + "\":[\n";
    return new Out(file, start);
  }

  static ObjectNode obj() {
    return Json.MAPPER.createObjectNode();
  }

  void write(ObjectNode record) {
    try {
      if (document && count > 0) {
        w.write(",\n");
      }
      w.write(Json.MAPPER.writeValueAsString(record));
      if (!document) {
        w.write('\n');
      }
      count++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long count() {
    return count;
  }

  @Override
  public void close() throws IOException {
    if (document) {
      w.write("\n]}\n");
    }
    w.close();
  }
}
