package io.nexusgraph.ingest.segment;

import io.nexusgraph.ingest.source.CommonFields;
import io.nexusgraph.ingest.source.ConfigField;
import io.nexusgraph.ingest.source.JsonFileSource;
import io.nexusgraph.ingest.source.SourceAdapter;
import io.nexusgraph.ingest.source.SourceAdapterFactory;
import io.nexusgraph.ingest.source.SourceConfig;
import java.util.List;
import java.util.Set;

/** Registers the Segment adapter under type {@code segment}. */
public final class SegmentAdapterFactory implements SourceAdapterFactory {
  static final ConfigField<String> CONSENT_CATEGORY =
      ConfigField.string(
          "consent_category",
          "Analytics",
          "context.consent.categoryPreferences key that decides consent (true granted, false"
              + " denied, absent unknown)");

  @Override
  public String type() {
    return "segment";
  }

  @Override
  public String description() {
    return "Segment-spec identify/track/page/screen/group calls (JSONL or {\"batch\":[...]})";
  }

  @Override
  public List<ConfigField<?>> configFields() {
    return List.of(CommonFields.PATHS, CONSENT_CATEGORY);
  }

  @Override
  public SourceAdapter create(SourceConfig config) {
    return new JsonFileSource(
        config.get(CommonFields.PATHS), new SegmentMapper(config.get(CONSENT_CATEGORY)), Set.of());
  }
}
