package io.nexusgraph.ingest.source;

import io.nexusgraph.ingest.ConfigException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Validated settings for one adapter: every problem is reported at once, naming the field. */
public final class SourceConfig {
  private final Map<String, Object> values;

  private SourceConfig(Map<String, Object> values) {
    this.values = values;
  }

  public static SourceConfig parse(
      String adapter, List<ConfigField<?>> fields, Map<String, String> raw) {
    List<String> problems = new ArrayList<>();
    Set<String> known = fields.stream().map(ConfigField::name).collect(Collectors.toSet());
    raw.keySet().stream()
        .filter(k -> !known.contains(k))
        .sorted()
        .forEach(k -> problems.add("unknown setting '" + k + "' (known: " + known + ")"));
    Map<String, Object> values = new HashMap<>();
    for (ConfigField<?> field : fields) {
      String text = raw.getOrDefault(field.name(), field.defaultValue());
      if (text == null) {
        problems.add("'" + field.name() + "' is required: " + field.description());
        continue;
      }
      parseOne(field, text, values, problems);
    }
    if (!problems.isEmpty()) {
      throw new ConfigException("source '" + adapter + "': " + String.join("; ", problems));
    }
    return new SourceConfig(values);
  }

  private static <T> void parseOne(
      ConfigField<T> field, String text, Map<String, Object> values, List<String> problems) {
    try {
      T value = field.parser().apply(text);
      if (field.validation().test(value)) {
        values.put(field.name(), value);
      } else {
        problems.add("'" + field.name() + "'='" + text + "' is invalid: expected " + field.rule());
      }
    } catch (IllegalArgumentException e) {
      problems.add("'" + field.name() + "'='" + text + "' is invalid: expected " + field.rule());
    }
  }

  @SuppressWarnings("unchecked")
  public <T> T get(ConfigField<T> field) {
    if (!values.containsKey(field.name())) {
      throw new ConfigException("setting '" + field.name() + "' was not declared by the adapter");
    }
    return (T) values.get(field.name());
  }
}
