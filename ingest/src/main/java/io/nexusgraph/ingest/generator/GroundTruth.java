package io.nexusgraph.ingest.generator;

import io.nexusgraph.ingest.normalize.Normalized;
import io.nexusgraph.ingest.normalize.Normalizer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The true owner of every identifier the files contain, keyed by normalised value. An identifier
 * with several owners is a trap (shared inbox, family phone, kiosk id); placeholders have none.
 */
final class GroundTruth {
  static final String FILE = "ground-truth.csv";
  static final String HEADER = "entity_kind,identifier_type,identifier_value,entity_key,trap";

  private final Normalizer normalizer;
  private final Map<String, Set<String>> owners = new LinkedHashMap<>();
  private final Map<String, String> traps = new LinkedHashMap<>();

  GroundTruth(Normalizer normalizer) {
    this.normalizer = normalizer;
  }

  /**
   * Records that {@code raw} of {@code type} identifies {@code entityKey}; returns it normalised.
   */
  String add(String kind, String type, String raw, String entityKey) {
    Normalized<String> n = normalizer.identifier(type, raw);
    if (!n.isOk()) {
      throw new IllegalStateException("generator produced an invalid " + type + ": " + raw);
    }
    owners
        .computeIfAbsent(kind + "," + type + "," + n.value(), k -> new LinkedHashSet<>())
        .add(entityKey);
    return n.value();
  }

  void trap(String kind, String type, String raw, String trap) {
    Normalized<String> n = normalizer.identifier(type, raw);
    String key = kind + "," + type + "," + (n.isOk() ? n.value() : raw.strip().toLowerCase());
    owners.computeIfAbsent(key, k -> new LinkedHashSet<>());
    traps.put(key, trap);
  }

  void write(Path dir) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write('\n');
      for (Map.Entry<String, Set<String>> e : owners.entrySet()) {
        String trap = traps.getOrDefault(e.getKey(), e.getValue().size() > 1 ? "shared" : "");
        if (e.getValue().isEmpty()) {
          w.write(e.getKey() + ",," + trap + "\n");
        }
        for (String owner : e.getValue()) {
          w.write(e.getKey() + "," + owner + "," + trap + "\n");
        }
      }
    }
  }
}
