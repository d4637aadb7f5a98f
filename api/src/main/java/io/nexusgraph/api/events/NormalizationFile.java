package io.nexusgraph.api.events;

import io.nexusgraph.ingest.normalize.NormalizationConfig;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The normalisation rules of posted events: the YAML file {@code NEXUS_NORMALIZATION_FILE} names
 * ({@code nexus.normalization-file}, the file lookups normalise with and the run config must name
 * too), or the shipped defaults when it is blank. Posted events are then stored as file input
 * normalised with the same rules would be, and found by lookups.
 */
final class NormalizationFile {

  private NormalizationFile() {}

  static NormalizationConfig load(String file) {
    if (file == null || file.isBlank()) {
      return NormalizationConfig.defaults();
    }
    try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      return NormalizationConfig.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the normalisation rules " + file + " (NEXUS_NORMALIZATION_FILE)", e);
    }
  }
}
