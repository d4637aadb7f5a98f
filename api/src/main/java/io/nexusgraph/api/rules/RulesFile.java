package io.nexusgraph.api.rules;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.membership.MembershipRules;
import io.nexusgraph.graph.override.IdentityOverride;
import io.nexusgraph.graph.override.Overrides;
import io.nexusgraph.graph.resolution.Blocklist;
import io.nexusgraph.graph.resolution.Guardrails;
import io.nexusgraph.graph.traits.TraitRules;
import io.nexusgraph.ingest.ConfigException;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads a rules file (YAML, documented in docs/rules.md) into {@link ResolutionRules}. */
public final class RulesFile {

  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private RulesFile() {}

  public static ResolutionRules load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("rules file " + file + " does not exist (NEXUS_RULES)");
    }
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (JacksonException e) {
      throw new ConfigException(
          "rules file " + file + " is not valid YAML: " + e.getOriginalMessage(), e);
    }
    try {
      return parse(root == null || root.isNull() ? YAML.createObjectNode() : root);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ConfigException("rules file " + file + ": " + e.getMessage(), e);
    }
  }

  static ResolutionRules parse(JsonNode root) {
    ResolutionRules d = ResolutionRules.defaults();
    JsonNode g = root.path("guardrails");
    Guardrails dg = d.guardrails();
    Guardrails guardrails =
        new Guardrails(
            list(
                g,
                "shared_limits",
                dg.sharedLimits(),
                n ->
                    new Guardrails.SharedLimit(
                        req(n, "type"), req(n, "other_type"), n.path("max").asInt())),
            list(
                g,
                "type_limits",
                dg.typeLimits(),
                n -> new Guardrails.TypeLimit(req(n, "type"), n.path("max").asInt())),
            list(g, "type_priority", dg.typePriority(), JsonNode::asString),
            new Blocklist(
                list(
                    g.path("blocklist"),
                    "values",
                    dg.blocklist().values(),
                    n -> new Blocklist.Value(req(n, "type"), req(n, "value"))),
                list(
                    g.path("blocklist"),
                    "patterns",
                    dg.blocklist().patterns(),
                    n -> new Blocklist.Regex(req(n, "type"), req(n, "regex")))),
            g.has("component_size_alert")
                ? g.get("component_size_alert").asInt()
                : dg.componentSizeAlert());
    TraitRules traits = d.traits();
    JsonNode priority = root.path("traits").path("source_priority");
    if (priority.isObject()) {
      Map<String, List<String>> map = new LinkedHashMap<>();
      priority
          .properties()
          .forEach(e -> map.put(e.getKey(), list(e.getValue(), JsonNode::asString)));
      traits = new TraitRules(map);
    }
    List<IdentityOverride> overrides =
        list(
            root,
            "overrides",
            List.of(),
            n ->
                new IdentityOverride(
                    EntityKind.valueOf(n.path("kind").asString("person").toUpperCase(Locale.ROOT)),
                    key(req(n, "a")),
                    key(req(n, "b")),
                    IdentityOverride.Direction.valueOf(req(n, "action").toUpperCase(Locale.ROOT)),
                    n.path("note").asString("")));
    MembershipRules memberships = d.memberships();
    return new ResolutionRules(guardrails, traits, memberships, new Overrides(overrides));
  }

  /** {@code type:value}, split at the first colon. */
  static IdentifierKey key(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new IllegalArgumentException("identifier '" + text + "' must be written type:value");
    }
    return new IdentifierKey(text.substring(0, colon), text.substring(colon + 1));
  }

  private static String req(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || v.asString().isBlank()) {
      throw new IllegalArgumentException("'" + field + "' is required in " + n);
    }
    return v.asString();
  }

  private static <T> List<T> list(
      JsonNode parent, String field, List<T> fallback, Function<JsonNode, T> f) {
    JsonNode a = parent.path(field);
    return a.isArray() ? list(a, f) : fallback;
  }

  private static <T> List<T> list(JsonNode array, Function<JsonNode, T> f) {
    List<T> out = new ArrayList<>();
    array.forEach(n -> out.add(f.apply(n)));
    return out;
  }
}
