package io.nexusgraph.ingest.mapping;

import io.nexusgraph.ingest.source.ConfigField;
import io.nexusgraph.ingest.source.JsonFileSource;
import io.nexusgraph.ingest.source.SourceAdapter;
import io.nexusgraph.ingest.source.SourceAdapterFactory;
import io.nexusgraph.ingest.source.SourceConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Registers YAML-mapped sources under type {@code mapping}. */
public final class MappingAdapterFactory implements SourceAdapterFactory {
  static final ConfigField<Path> MAPPING =
      new ConfigField<>(
          "mapping",
          null,
          "path of the YAML mapping file (format, paths or jdbc, event, edges, memberships)",
          Path::of,
          Files::isRegularFile,
          "an existing YAML file");

  @Override
  public String type() {
    return "mapping";
  }

  @Override
  public String description() {
    return "any CSV file, JSONL file or JDBC query described by a YAML mapping";
  }

  @Override
  public List<ConfigField<?>> configFields() {
    return List.of(MAPPING);
  }

  @Override
  public SourceAdapter create(SourceConfig config) {
    return create(MappingYaml.read(config.get(MAPPING)));
  }

  static SourceAdapter create(MappingSpec spec) {
    return switch (spec.format()) {
      case CSV -> new CsvSource(spec);
      case JSONL -> new JsonFileSource(spec.paths(), new JsonlMapping(spec), Set.of());
      case JDBC -> new JdbcSource(spec);
    };
  }
}
