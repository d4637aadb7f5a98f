package io.nexusgraph.ingest.mapping;

import io.nexusgraph.ingest.ConfigException;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.mapping.MappingSpec.EdgeSpec;
import io.nexusgraph.ingest.mapping.MappingSpec.EventSpec;
import io.nexusgraph.ingest.mapping.MappingSpec.IdentifierSpec;
import io.nexusgraph.ingest.mapping.MappingSpec.JdbcSpec;
import io.nexusgraph.ingest.mapping.MappingSpec.MembershipSpec;
import io.nexusgraph.ingest.mapping.MappingSpec.TraitSpec;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads and validates a mapping file; relative paths resolve against the file's directory. */
final class MappingYaml {
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private MappingYaml() {}

  static MappingSpec read(Path file) {
    try (Reader r = Files.newBufferedReader(file)) {
      return read(r, file.toAbsolutePath().getParent(), file.toString());
    } catch (IOException e) {
      throw new ConfigException("cannot read mapping " + file + ": " + e.getMessage(), e);
    }
  }

  static MappingSpec read(Reader yaml, Path baseDir, String where) {
    JsonNode n;
    try {
      n = YAML.readTree(yaml);
    } catch (JacksonException e) {
      throw new ConfigException(
          "mapping " + where + " is not valid YAML: " + e.getOriginalMessage(), e);
    }
    String name = req(n, "name", where);
    MappingSpec.Format format;
    try {
      format = MappingSpec.Format.valueOf(req(n, "format", where).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(where + ": 'format' must be csv, jsonl or jdbc");
    }
    List<Path> paths = new ArrayList<>();
    for (JsonNode p : n.path("paths")) {
      paths.add(baseDir.resolve(p.asString()));
    }
    if (format != MappingSpec.Format.JDBC && paths.isEmpty()) {
      throw new ConfigException(where + ": 'paths' must list at least one file for " + format);
    }
    String delimiter = n.path("csv").path("delimiter").asString(",");
    if (delimiter.length() != 1) {
      throw new ConfigException(where + ": csv.delimiter must be one character");
    }
    JdbcSpec jdbc = null;
    if (format == MappingSpec.Format.JDBC) {
      JsonNode j = n.path("jdbc");
      jdbc =
          new JdbcSpec(
              req(j, "url", where + " jdbc"),
              opt(j, "user"),
              opt(j, "password_env"),
              req(j, "query", where + " jdbc"),
              j.path("fetch_size").asInt(1000));
    }
    JsonNode e = n.path("event");
    EventSpec event =
        new EventSpec(
            opt(e, "name"),
            opt(e, "name_column"),
            e.path("type").asString(name),
            opt(e, "record_id"),
            req(e, "occurred_at", where + " event"),
            opt(e, "description"),
            opt(e, "value"),
            opt(e, "value_unit"),
            opt(e, "value_unit_column"),
            opt(e, "consent"),
            opt(e, "watermark"));
    if (event.name() == null && event.nameColumn() == null) {
      throw new ConfigException(where + ": event needs 'name' (literal) or 'name_column'");
    }
    List<EdgeSpec> edges = new ArrayList<>();
    for (JsonNode edge : n.path("edges")) {
      String key = req(edge, "key", where + " edge");
      EntityKind kind;
      try {
        kind =
            EntityKind.valueOf(req(edge, "kind", where + " edge " + key).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException ex) {
        throw new ConfigException(where + ": edge " + key + " kind must be person or group");
      }
      List<IdentifierSpec> ids = new ArrayList<>();
      for (JsonNode id : edge.path("identifiers")) {
        ids.add(
            new IdentifierSpec(
                req(id, "column", where), req(id, "type", where), id.path("role").asString(key)));
      }
      List<TraitSpec> traits = new ArrayList<>();
      for (JsonNode t : edge.path("traits")) {
        String column = req(t, "column", where);
        traits.add(new TraitSpec(column, t.path("name").asString(column)));
      }
      edges.add(new EdgeSpec(key, kind, ids, traits));
    }
    if (edges.isEmpty()) {
      throw new ConfigException(where + ": 'edges' must declare at least one entity");
    }
    List<MembershipSpec> memberships = new ArrayList<>();
    for (JsonNode m : n.path("memberships")) {
      memberships.add(
          new MembershipSpec(
              req(m.path("person"), "edge", where + " membership"),
              req(m.path("person"), "type", where + " membership"),
              req(m.path("group"), "edge", where + " membership"),
              req(m.path("group"), "type", where + " membership"),
              m.path("role").asString("member")));
    }
    return new MappingSpec(
        name, format, paths, delimiter.charAt(0), jdbc, event, edges, memberships);
  }

  private static String req(JsonNode n, String key, String where) {
    String v = opt(n, key);
    if (v == null) {
      throw new ConfigException(where + ": '" + key + "' is required");
    }
    return v;
  }

  private static String opt(JsonNode n, String key) {
    JsonNode v = n.path(key);
    return v.isMissingNode() || v.isNull() ? null : v.asString();
  }
}
