package io.nexusgraph.ingest.gmail;

import io.nexusgraph.ingest.source.CommonFields;
import io.nexusgraph.ingest.source.ConfigField;
import io.nexusgraph.ingest.source.JsonFileSource;
import io.nexusgraph.ingest.source.SourceAdapter;
import io.nexusgraph.ingest.source.SourceAdapterFactory;
import io.nexusgraph.ingest.source.SourceConfig;
import java.util.List;
import java.util.Set;

/** Registers the Gmail adapter under type {@code gmail}. */
public final class GmailAdapterFactory implements SourceAdapterFactory {
  @Override
  public String type() {
    return "gmail";
  }

  @Override
  public String description() {
    return "Gmail API users.messages (format=metadata or full) as JSONL or a JSON array";
  }

  @Override
  public List<ConfigField<?>> configFields() {
    return List.of(CommonFields.PATHS);
  }

  @Override
  public SourceAdapter create(SourceConfig config) {
    return new JsonFileSource(config.get(CommonFields.PATHS), new GmailMapper(), Set.of());
  }
}
