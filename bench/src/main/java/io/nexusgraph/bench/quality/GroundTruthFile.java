package io.nexusgraph.bench.quality;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads the generator's {@code ground-truth.csv}: columns {@code entity_kind, identifier_type,
 * identifier_value, entity_key, trap}, one row per owner (several rows for a shared identifier, one
 * row with an empty owner for a placeholder). Parsed from both ends, so a value containing a comma
 * still reads correctly.
 */
public final class GroundTruthFile {

  private GroundTruthFile() {}

  /** The truth for {@code kind} in {@code file}. */
  public static Truth read(Path file, EntityKind kind) {
    Map<IdentifierKey, Set<String>> owners = new HashMap<>();
    Map<IdentifierKey, String> traps = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isEmpty()) {
          readLine(line, kind.columnValue(), owners, traps);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the ground truth " + file, e);
    }
    return new Truth(owners, traps);
  }

  private static void readLine(
      String line,
      String kind,
      Map<IdentifierKey, Set<String>> owners,
      Map<IdentifierKey, String> traps) {
    int first = line.indexOf(',');
    int second = line.indexOf(',', first + 1);
    int last = line.lastIndexOf(',');
    int beforeLast = line.lastIndexOf(',', last - 1);
    if (first < 0 || second < 0 || beforeLast <= second || !line.substring(0, first).equals(kind)) {
      return;
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
