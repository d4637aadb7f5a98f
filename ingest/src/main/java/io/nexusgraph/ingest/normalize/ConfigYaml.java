package io.nexusgraph.ingest.normalize;

import io.nexusgraph.ingest.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the normalisation YAML: shipped defaults first, then the user's keys on top. */
final class ConfigYaml {
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private ConfigYaml() {}

  static NormalizationConfig read(Reader user, Set<String> shippedPersonal) {
    ObjectNode merged;
    try (InputStream in = NormalizationConfig.resource(NormalizationConfig.DEFAULTS)) {
      merged = (ObjectNode) YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (user != null) {
      JsonNode overlay;
      try {
        overlay = YAML.readTree(user);
      } catch (JacksonException e) {
        throw new ConfigException("normalisation config is not valid YAML: " + e.getMessage(), e);
      }
      if (overlay != null && overlay.isObject()) {
        overlay(merged, (ObjectNode) overlay);
      }
    }
    return build(merged, shippedPersonal);
  }

  private static void overlay(ObjectNode base, ObjectNode top) {
    for (Map.Entry<String, JsonNode> e : top.properties()) {
      JsonNode existing = base.get(e.getKey());
      if (existing != null && existing.isObject() && e.getValue().isObject()) {
        overlay((ObjectNode) existing, (ObjectNode) e.getValue());
      } else {
        base.set(e.getKey(), e.getValue());
      }
    }
  }

  private static NormalizationConfig build(JsonNode n, Set<String> shippedPersonal) {
    Map<String, String> types = new LinkedHashMap<>();
    n.path("identifier_types").properties().forEach(e -> types.put(e.getKey(), text(e.getValue())));
    for (String normalizer : types.values()) {
      if (!Set.of("email", "phone", "domain", "text").contains(normalizer)) {
        throw new ConfigException(
            "identifier_types: unknown normaliser '"
                + normalizer
                + "'; use email, phone, domain or text");
      }
    }
    List<String> exact = strings(n.path("blocked").path("exact"));
    exact.addAll(strings(n.path("extra_blocked_exact")));
    List<BlockedPattern> patterns = new ArrayList<>();
    addPatterns(n.path("blocked").path("patterns"), patterns);
    addPatterns(n.path("extra_blocked_patterns"), patterns);
    Set<String> personal = new HashSet<>(shippedPersonal);
    strings(n.path("extra_personal_domains")).forEach(d -> personal.add(d.toLowerCase()));
    JsonNode email = n.path("email");
    try {
      return new NormalizationConfig(
          text(n.path("default_region")).toUpperCase(),
          ZoneId.of(text(n.path("naive_timestamp_zone"))),
          Instant.parse(text(n.path("earliest_timestamp"))),
          Duration.parse(text(n.path("max_future_skew"))),
          n.path("max_identifier_bytes").asInt(),
          email.path("fold_dots").asBoolean(),
          email.path("fold_plus").asBoolean(),
          new HashSet<>(strings(email.path("dot_folding_domains"))),
          new HashSet<>(strings(email.path("plus_folding_domains"))),
          types,
          new HashSet<>(exact),
          patterns,
          personal,
          cacheSizes(n.path("cache_entries")));
    } catch (java.time.DateTimeException e) {
      throw new ConfigException("normalisation config: " + e.getMessage(), e);
    }
  }

  private static CacheSizes cacheSizes(JsonNode n) {
    return new CacheSizes(
        n.path("email").asInt(),
        n.path("phone").asInt(),
        n.path("domain").asInt(),
        n.path("corporate_domain").asInt());
  }

  private static void addPatterns(JsonNode list, List<BlockedPattern> into) {
    for (JsonNode p : list) {
      String type = p.path("type").asString("*");
      String regex = text(p.path("regex"));
      try {
        into.add(new BlockedPattern(type, Pattern.compile(regex)));
      } catch (PatternSyntaxException e) {
        throw new ConfigException("blocked pattern '" + regex + "' is not a valid regex", e);
      }
    }
  }

  private static List<String> strings(JsonNode list) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : list) {
      out.add(v.isNull() ? "null" : v.asString());
    }
    return out;
  }

  private static String text(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      throw new ConfigException("normalisation config: a required key is missing");
    }
    return node.asString();
  }
}
