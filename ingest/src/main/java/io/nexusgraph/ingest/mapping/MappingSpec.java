package io.nexusgraph.ingest.mapping;

import io.nexusgraph.ingest.eventlog.EntityKind;
import java.nio.file.Path;
import java.util.List;

/**
 * A parsed mapping file. Column references are header names (CSV), dotted paths (JSONL) or column
 * labels (JDBC).
 */
record MappingSpec(
    String name,
    Format format,
    List<Path> paths,
    char delimiter,
    JdbcSpec jdbc,
    EventSpec event,
    List<EdgeSpec> edges,
    List<MembershipSpec> memberships) {

  enum Format {
    CSV,
    JSONL,
    JDBC
  }

  /** {@code name}/{@code type} are literals; {@code name_column} overrides {@code name}. */
  record EventSpec(
      String name,
      String nameColumn,
      String type,
      String recordId,
      String occurredAt,
      String description,
      String value,
      String valueUnit,
      String valueUnitColumn,
      String consent,
      String watermark) {}

  record EdgeSpec(
      String key, EntityKind kind, List<IdentifierSpec> identifiers, List<TraitSpec> traits) {}

  record IdentifierSpec(String column, String type, String role) {}

  record TraitSpec(String column, String name) {}

  /** Links the first identifier of {@code personType} on one edge to one of a group edge. */
  record MembershipSpec(
      String personEdge, String personType, String groupEdge, String groupType, String role) {}

  /**
   * The query may contain one {@code ?}: it is bound to the watermark (a timestamp) so incremental
   * runs read only newer rows. The password is read from the named environment variable.
   */
  record JdbcSpec(String url, String user, String passwordEnv, String query, int fetchSize) {}
}
