package io.nexusgraph.ingest.source;

import java.util.List;

/**
 * Registration of an adapter: its type name, its settings, and how to build it from validated
 * settings. Implementations are listed in {@code
 * META-INF/services/io.nexusgraph.ingest.source.SourceAdapterFactory}.
 */
public interface SourceAdapterFactory {
  /** The adapter type, e.g. {@code gmail}; also the default source name. */
  String type();

  String description();

  List<ConfigField<?>> configFields();

  SourceAdapter create(SourceConfig config);

  /** Validates raw settings against {@link #configFields()} and builds the adapter. */
  default SourceAdapter create(java.util.Map<String, String> settings) {
    return create(SourceConfig.parse(type(), configFields(), settings));
  }
}
