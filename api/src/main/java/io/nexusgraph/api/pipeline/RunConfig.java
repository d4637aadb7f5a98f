package io.nexusgraph.api.pipeline;

import io.nexusgraph.ingest.ConfigException;
import io.nexusgraph.ingest.normalize.NormalizationConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A run configuration file (YAML): the sources to ingest and, optionally, a normalisation file.
 * Relative {@code paths} and {@code normalization} are resolved against the file's directory, so a
 * config works from any working directory. See docs/run-config.md.
 *
 * <pre>
 * normalization: normalization.yml   # optional
 * sources:
 *   - name: support-mail             # optional, defaults to the type
 *     type: gmail
 *     settings:
 *       paths: exports/gmail
 * </pre>
 */
public record RunConfig(List<SourceSpec> sources, NormalizationConfig normalization) {

  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final Set<String> PATH_SETTINGS = Set.of("paths", "mapping");

  public RunConfig {
    sources = List.copyOf(sources);
  }

  /** No sources: a run then only loads what was posted through the API. */
  public static RunConfig empty() {
    return new RunConfig(List.of(), NormalizationConfig.defaults());
  }

  /** Reads and validates {@code file}; every problem is reported in one exception. */
  public static RunConfig load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("run config " + file + " does not exist");
    }
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (JacksonException e) {
      throw new ConfigException(
          "run config " + file + " is not valid YAML: " + e.getOriginalMessage(), e);
    }
    Path dir = file.toAbsolutePath().getParent();
    List<String> problems = new ArrayList<>();
    List<SourceSpec> sources = new ArrayList<>();
    Set<String> names = new HashSet<>();
    JsonNode list = root == null ? null : root.get("sources");
    if (list == null || !list.isArray() || list.isEmpty()) {
      problems.add("'sources' must be a non-empty list");
    } else {
      for (int i = 0; i < list.size(); i++) {
        JsonNode s = list.get(i);
        String type = text(s, "type");
        if (type == null) {
          problems.add("sources[" + i + "]: 'type' is required");
          continue;
        }
        String name = text(s, "name") == null ? type : text(s, "name");
        if (!names.add(name)) {
          problems.add("sources[" + i + "]: name '" + name + "' is used twice; give each a 'name'");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        JsonNode set = s.get("settings");
        if (set != null && set.isObject()) {
          set.properties()
              .forEach(
                  e -> settings.put(e.getKey(), resolve(dir, e.getKey(), e.getValue().asString())));
        }
        sources.add(new SourceSpec(name, type, settings));
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException("run config " + file + ": " + String.join("; ", problems));
    }
    String norm = root == null ? null : text(root, "normalization");
    return new RunConfig(sources, normalization(norm == null ? null : dir.resolve(norm)));
  }

  private static NormalizationConfig normalization(Path file) {
    if (file == null) {
      return NormalizationConfig.defaults();
    }
    try (Reader in = Files.newBufferedReader(file)) {
      return NormalizationConfig.load(in);
    } catch (IOException e) {
      throw new ConfigException(
          "normalization file " + file + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static String resolve(Path dir, String key, String value) {
    if (!PATH_SETTINGS.contains(key)) {
      return value;
    }
    List<String> out = new ArrayList<>();
    for (String p : value.split(",")) {
      out.add(dir.resolve(p.strip()).normalize().toString());
    }
    return String.join(",", out);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }
}
