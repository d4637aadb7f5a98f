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
import java.util.function.Function;

/**
 * Registers YAML-mapped sources under type {@code mapping}. A JDBC mapping's {@code password_env}
 * is looked up in the process environment, or in the one given to {@link
 * #MappingAdapterFactory(Function)} (an embedding application's secrets, or a test's).
 */
public final class MappingAdapterFactory implements SourceAdapterFactory {
  static final ConfigField<Path> MAPPING =
      new ConfigField<>(
          "mapping",
          null,
          "path of the YAML mapping file (format, paths or jdbc, event, edges, memberships)",
          Path::of,
          Files::isRegularFile,
          "an existing YAML file");

  private final Function<String, String> environment;

  /** Reads {@code password_env} variables from {@link System#getenv(String)}. */
  public MappingAdapterFactory() {
    this(System::getenv);
  }

  /**
   * @param environment variable name to value, null when unset
   */
  public MappingAdapterFactory(Function<String, String> environment) {
    this.environment = environment;
  }

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
    return create(MappingYaml.read(config.get(MAPPING)), environment);
  }

  static SourceAdapter create(MappingSpec spec, Function<String, String> environment) {
    return switch (spec.format()) {
      case CSV -> new CsvSource(spec);
      case JSONL -> new JsonFileSource(spec.paths(), new JsonlMapping(spec), Set.of());
      case JDBC -> new JdbcSource(spec, environment);
    };
  }
}
