package io.nexusgraph.api.demo;

import io.nexusgraph.ingest.generator.DemoDataGenerator;
import io.nexusgraph.ingest.generator.GeneratedData;
import io.nexusgraph.ingest.generator.Scale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

/**
 * The demo's input: the generator's small scale (a fictional B2B company's customers in the real
 * export formats) under {@code <data>/demo/input}, and a run config naming every generated source.
 * Generated once; a second demo reuses it (the run config is the marker).
 */
final class DemoData {

  static final long SEED = 2026;

  private DemoData() {}

  /** The run config, generating the input first when it is not there yet. */
  static Path ensure(Path dataDir) {
    Path demo = dataDir.resolve("demo");
    Path config = demo.resolve("run.yml");
    if (Files.isRegularFile(config)) {
      return config;
    }
    GeneratedData data = new DemoDataGenerator(SEED, Scale.SMALL).writeTo(demo.resolve("input"));
    StringBuilder yaml =
        new StringBuilder(
            "# Written by `nexus demo`: the generator's small scale (seed "
                + SEED
                + "), one source per export format.\nsources:\n");
    for (String source : new TreeSet<>(data.recordsPerSource().keySet())) {
      yaml.append("  - type: ")
          .append(source)
          .append("\n    settings:\n      paths: input/")
          .append(source)
          .append('\n');
    }
    try {
      Files.writeString(config, yaml);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + config, e);
    }
    return config;
  }
}
