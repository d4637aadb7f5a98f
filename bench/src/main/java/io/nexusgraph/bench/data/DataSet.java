package io.nexusgraph.bench.data;

import io.nexusgraph.embedded.Directories;
import io.nexusgraph.ingest.generator.DemoDataGenerator;
import io.nexusgraph.ingest.generator.GeneratedData;
import io.nexusgraph.ingest.generator.Scale;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The generator's files for one seed and scale, generated once into a cache folder named after both
 * and reused by later runs (same seed and scale, same bytes). A folder without its completion
 * marker is regenerated.
 *
 * @param recordsPerSource records written per source type (= adapter type = folder name)
 * @param generatedMillis how long generating took; 0 when the cache was reused
 */
public record DataSet(
    Path directory,
    Map<String, Long> recordsPerSource,
    Path groundTruth,
    boolean reused,
    long generatedMillis) {

  private static final String MARKER = "bench-complete.properties";
  private static final String GROUND_TRUTH = "ground-truth.csv";

  public DataSet {
    recordsPerSource = Map.copyOf(recordsPerSource);
  }

  /** The data for {@code seed} and {@code scale} under {@code cache}, generated if missing. */
  public static DataSet prepare(Path cache, long seed, Scale scale) {
    Path dir = cache.resolve(scale.name() + "-" + scale.targetEvents() + "-seed" + seed);
    Path marker = dir.resolve(MARKER);
    try {
      if (Files.isRegularFile(marker)) {
        return new DataSet(dir, readCounts(marker), dir.resolve(GROUND_TRUTH), true, 0);
      }
      Directories.deleteQuietly(dir);
      Files.createDirectories(dir);
      long start = System.nanoTime();
      GeneratedData data = new DemoDataGenerator(seed, scale).writeTo(dir);
      long millis = (System.nanoTime() - start) / 1_000_000;
      writeCounts(marker, data.recordsPerSource());
      return new DataSet(dir, data.recordsPerSource(), data.groundTruth(), false, millis);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot prepare benchmark data in " + dir + ": check the folder is writable", e);
    }
  }

  public long totalRecords() {
    return recordsPerSource.values().stream().mapToLong(Long::longValue).sum();
  }

  private static Map<String, Long> readCounts(Path marker) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    Map<String, Long> counts = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> counts.put(k, Long.parseLong(p.getProperty(k))));
    return counts;
  }

  private static void writeCounts(Path marker, Map<String, Long> counts) throws IOException {
    Properties p = new Properties();
    counts.forEach((k, v) -> p.setProperty(k, Long.toString(v)));
    try (Writer out = Files.newBufferedWriter(marker, StandardCharsets.UTF_8)) {
      p.store(out, "records per source; the folder is complete");
    }
  }
}
