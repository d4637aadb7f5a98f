package io.nexusgraph.ingest.calendar;

import io.nexusgraph.ingest.source.CommonFields;
import io.nexusgraph.ingest.source.ConfigField;
import io.nexusgraph.ingest.source.JsonFileSource;
import io.nexusgraph.ingest.source.SourceAdapter;
import io.nexusgraph.ingest.source.SourceAdapterFactory;
import io.nexusgraph.ingest.source.SourceConfig;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Registers the Google Calendar adapter under type {@code calendar}. */
public final class CalendarAdapterFactory implements SourceAdapterFactory {
  static final ConfigField<Set<String>> INTERNAL_DOMAINS =
      new ConfigField<>(
          "internal_domains",
          "",
          "comma-separated registrable domains of your own company; a meeting whose participants"
              + " all use them is meeting.internal, otherwise meeting.external",
          s ->
              Arrays.stream(s.split(","))
                  .map(d -> d.strip().toLowerCase(Locale.ROOT))
                  .filter(d -> !d.isEmpty())
                  .collect(Collectors.toUnmodifiableSet()),
          set -> set.stream().allMatch(d -> d.contains(".") && !d.contains("@")),
          "domains like acme.com, without @");

  @Override
  public String type() {
    return "calendar";
  }

  @Override
  public String description() {
    return "Google Calendar API event resources (events.list pages, JSON arrays or JSONL)";
  }

  @Override
  public List<ConfigField<?>> configFields() {
    return List.of(CommonFields.PATHS, INTERNAL_DOMAINS);
  }

  @Override
  public SourceAdapter create(SourceConfig config) {
    return new JsonFileSource(
        config.get(CommonFields.PATHS), new CalendarMapper(config.get(INTERNAL_DOMAINS)), Set.of());
  }
}
