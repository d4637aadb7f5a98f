package io.nexusgraph.graph.quality;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.generator.DemoDataGenerator;
import io.nexusgraph.ingest.generator.GeneratedData;
import io.nexusgraph.ingest.generator.Scale;
import io.nexusgraph.ingest.normalize.NormalizationConfig;
import io.nexusgraph.ingest.quarantine.Reject;
import io.nexusgraph.ingest.source.Checkpoint;
import io.nexusgraph.ingest.source.IngestContext;
import io.nexusgraph.ingest.source.SourceAdapters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The demo data generator's output read back through the real source adapters: the event-log
 * batches every adapter produced, the rejects, and the ground truth (true owners and trap marks of
 * every person identifier).
 */
final class GeneratedWorld {

  final GeneratedData data;
  final List<EventLogBatch> batches;
  final List<Reject> rejects;

  /** True owners ({@code p-…}/{@code s-…}) of every person identifier in the ground truth. */
  final Map<IdentifierKey, Set<String>> owners;

  /** Trap marks ({@code shared_inbox}, {@code kiosk}, …) of person identifiers that have one. */
  final Map<IdentifierKey, String> traps;

  private GeneratedWorld(
      GeneratedData data,
      List<EventLogBatch> batches,
      List<Reject> rejects,
      Map<IdentifierKey, Set<String>> owners,
      Map<IdentifierKey, String> traps) {
    this.data = data;
    this.batches = batches;
    this.rejects = rejects;
    this.owners = owners;
    this.traps = traps;
  }

  /** Generates {@code scale} with {@code seed} into {@code dir} and reads every source back. */
  static GeneratedWorld generate(long seed, Scale scale, Path dir, Clock clock) {
    GeneratedData data = new DemoDataGenerator(seed, scale).writeTo(dir);
    List<EventLogBatch> batches = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    for (String source : new TreeSet<>(data.recordsPerSource().keySet())) {
      IngestContext ctx =
          new IngestContext(
              source, NormalizationConfig.defaults(), clock, batches::add, rejects::add);
      SourceAdapters.byType(source)
          .create(Map.of("paths", dir.resolve(source).toString()))
          .read(Checkpoint.EMPTY, ctx);
    }
    Map<IdentifierKey, Set<String>> owners = new HashMap<>();
    Map<IdentifierKey, String> traps = new HashMap<>();
    readGroundTruth(data.groundTruth(), owners, traps);
    return new GeneratedWorld(
        data,
        Collections.unmodifiableList(batches),
        Collections.unmodifiableList(rejects),
        owners,
        traps);
  }

  /**
   * Columns {@code entity_kind, identifier_type, identifier_value, entity_key, trap}; one row per
   * owner (several rows for a shared identifier, one row with an empty owner for a placeholder).
   * Parsed from both ends, so a value containing a comma still reads correctly.
   */
  private static void readGroundTruth(
      Path file, Map<IdentifierKey, Set<String>> owners, Map<IdentifierKey, String> traps) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String line : lines.subList(1, lines.size())) {
      if (line.isEmpty()) {
        continue;
      }
      int first = line.indexOf(',');
      int second = line.indexOf(',', first + 1);
      int last = line.lastIndexOf(',');
      int beforeLast = line.lastIndexOf(',', last - 1);
      if (!line.substring(0, first).equals("person")) {
        continue;
      }
      IdentifierKey key =
          new IdentifierKey(
              line.substring(first + 1, second), line.substring(second + 1, beforeLast));
      String owner = line.substring(beforeLast + 1, last);
      String trap = line.substring(last + 1);
      Set<String> set = owners.computeIfAbsent(key, k -> new LinkedHashSet<>());
      if (!owner.isEmpty()) {
        set.add(owner);
      }
      if (!trap.isEmpty()) {
        traps.put(key, trap);
      }
    }
  }
}
