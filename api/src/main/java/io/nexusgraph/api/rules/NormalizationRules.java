package io.nexusgraph.api.rules;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.nexusgraph.ingest.normalize.NormalizationConfig;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The normalisation rules the service applies to identifiers it is given (lookups, posted events):
 * the YAML file {@code NEXUS_NORMALIZATION_FILE} names ({@code nexus.normalization-file}, which the
 * run config's sources must use too), or the shipped defaults when it is blank. One set of rules,
 * so a posted event is stored as the same file input would be and a lookup finds it.
 */
@Factory
public final class NormalizationRules {

  @Singleton
  NormalizationConfig normalization(@Nullable @Value("${nexus.normalization-file:}") String file) {
    return load(file);
  }

  /** The rules in {@code file}, or the shipped defaults for a null or blank name. */
  public static NormalizationConfig load(@Nullable String file) {
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
