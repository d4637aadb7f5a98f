package io.nexusgraph.api.rules;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/** The rules for the next run: the file named by {@code nexus.rules} (NEXUS_RULES), or defaults. */
@Singleton
public final class RulesProvider {

  private final String file;

  RulesProvider(@Nullable @Value("${nexus.rules:}") String file) {
    this.file = file;
  }

  /** Read afresh on every call, so an edited file applies to the next run. */
  public ResolutionRules current() {
    return file == null || file.isBlank()
        ? ResolutionRules.defaults()
        : RulesFile.load(Path.of(file));
  }
}
