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
  static final ConfigField<String> ALIAS_PREVIOUS_ID_TYPE =
      new ConfigField<>(
          "alias_previous_id_type",
          SegmentMapper.ANONYMOUS_ID,
          "identifier type of an alias call's previousId when the call carries no anonymousId"
              + " to tell (server-side libraries); with one, a previousId equal to it is an"
              + " anonymous_id and any other a user_id",
          s -> s.strip(),
          s -> s.equals(SegmentMapper.ANONYMOUS_ID) || s.equals(SegmentMapper.USER_ID),
          "anonymous_id or user_id");

  @Override
  public String type() {
    return "segment";
  }

  @Override
  public String description() {
    return "Segment-spec identify/track/page/screen/group/alias calls (JSONL or {\"batch\":[...]})";
  }

  @Override
  public List<ConfigField<?>> configFields() {
    return List.of(CommonFields.PATHS, CONSENT_CATEGORY, ALIAS_PREVIOUS_ID_TYPE);
  }

  @Override
  public SourceAdapter create(SourceConfig config) {
    return new JsonFileSource(
        config.get(CommonFields.PATHS),
        new SegmentMapper(config.get(CONSENT_CATEGORY), config.get(ALIAS_PREVIOUS_ID_TYPE)),
        Set.of());
  }
}
