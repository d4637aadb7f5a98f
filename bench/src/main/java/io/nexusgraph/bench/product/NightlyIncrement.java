package io.nexusgraph.bench.product;

import io.nexusgraph.bench.incremental.IncrementWriter;
import io.nexusgraph.bench.quality.Prediction;
import io.nexusgraph.bench.quality.Truth;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The product's next night: new Segment calls by people of the data set (the benchmark's increment
 * generator, {@link IncrementWriter}: joins, merges and activity), written into a folder of their
 * own with the run config that reads only that folder. The people are the ground truth's, since the
 * product's own resolution lives in its service; an identifier with several owners or a trap mark
 * is left out, as the quality scorer does.
 */
final class NightlyIncrement {

  static final String SOURCE = "segment-increment";

  private NightlyIncrement() {}

  /**
   * Writes {@code events} calls under {@code dir} and a run config for them; returns the config.
   */
  static Path write(Truth persons, Path dir, int events, long seed) {
    return write(
        persons, dir, events, seed, SOURCE, dir.resolveSibling(dir.getFileName() + ".yml"));
  }

  /**
   * As {@link #write(Truth, Path, int, long)}, read as source {@code source} by the run config
   * written to {@code config}.
   */
  static Path write(Truth persons, Path dir, int events, long seed, String source, Path config) {
    IncrementWriter.write(dir, knownPersons(persons), events, seed);
    return RunConfigFile.write(source, "segment", dir.resolve("segment"), config);
  }

  /** Every identifier with exactly one true owner and no trap, as that owner's. */
  static List<Prediction> knownPersons(Truth truth) {
    return truth.owners().entrySet().stream()
        .filter(e -> e.getValue().size() == 1 && !truth.traps().containsKey(e.getKey()))
        .sorted(Map.Entry.comparingByKey())
        .map(e -> new Prediction(e.getKey(), only(e.getValue()), false))
        .toList();
  }

  private static String only(Set<String> owners) {
    return owners.iterator().next();
  }
}
