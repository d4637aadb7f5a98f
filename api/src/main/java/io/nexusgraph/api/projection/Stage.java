package io.nexusgraph.api.projection;

import io.nexusgraph.graph.entities.EntityExport;
import io.nexusgraph.graph.entities.Participation;
import io.nexusgraph.graph.entities.ResolvedMembership;
import io.nexusgraph.graph.entities.ResolvedTrait;
import io.nexusgraph.graph.export.HistoryEntry;
import io.nexusgraph.graph.export.ResolvedExport;
import io.nexusgraph.graph.export.ResolvedIdentifier;
import io.nexusgraph.graph.resolution.Exclusion;
import io.nexusgraph.graph.resolution.Exclusions;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.neo4j.driver.Driver;

/**
 * Copies what the graph concluded into the projection's {@code stage_*} tables with {@code COPY}:
 * everything, or every row of the entities named (and then {@code stage_scope} names them). Counts
 * the rows it staged per kind.
 */
final class Stage {

  private static final String[] TABLES = {
    "stage_scope",
    "stage_identifiers",
    "stage_traits",
    "stage_memberships",
    "stage_participants",
    "stage_history",
    "stage_exclusions"
  };

  private final Connection c;
  private final ResolvedExport resolved;
  private final EntityExport entities;
  private final Exclusions exclusions;
  private final Map<String, Long> rows = new LinkedHashMap<>();

  Stage(Connection c, Driver driver) throws SQLException {
    this.c = c;
    this.resolved = new ResolvedExport(driver);
    this.entities = new EntityExport(driver);
    this.exclusions = new Exclusions(driver);
    try (Statement s = c.createStatement()) {
      s.execute("TRUNCATE " + String.join(", ", TABLES));
    }
  }

  /** Rows staged so far, per kind of row. */
  Map<String, Long> rows() {
    return rows;
  }

  /** Every entity, the whole id history and every exclusion. */
  void everything() throws SQLException {
    identifiers(resolved::identifiers);
    history((kind, sink) -> resolved.history(kind, sink));
    exclusions();
    traits(entities::personTraits, entities::groupTraits);
    memberships(entities::memberships);
    participants(entities::personParticipants, entities::groupParticipants);
  }

  /** The id history that run {@code runId} recorded, and every exclusion. */
  void runOnly(String runId) throws SQLException {
    history((kind, sink) -> resolved.history(kind, runId, sink));
    exclusions();
  }

  /**
   * Every row of the persons and groups named, and the memberships of {@code membershipPersons}
   * (those of them whose other rows are not staged are named in the scope for their memberships
   * only). A person's memberships must be staged once per projection.
   */
  void entities(List<String> persons, List<String> groups, List<String> membershipPersons)
      throws SQLException {
    scope(persons, groups, membershipPersons);
    identifiers(
        (kind, sink) ->
            resolved.identifiers(kind, kind == EntityKind.PERSON ? persons : groups, sink));
    traits(
        sink -> entities.personTraits(persons, sink), sink -> entities.groupTraits(groups, sink));
    memberships(sink -> entities.memberships(membershipPersons, sink));
    participants(
        sink -> entities.personParticipants(persons, sink),
        sink -> entities.groupParticipants(groups, sink));
  }

  private void scope(List<String> persons, List<String> groups, List<String> membershipPersons)
      throws SQLException {
    try (CopyWriter w = new CopyWriter(c, "stage_scope", "entity_kind, entity_id, entity")) {
      persons.forEach(id -> w.row("person", id, "true"));
      groups.forEach(id -> w.row("group", id, "true"));
      Set<String> whole = new HashSet<>(persons);
      membershipPersons.stream()
          .filter(id -> !whole.contains(id))
          .forEach(id -> w.row("person", id, "false"));
      count("scope", w.rows());
    }
  }

  private void identifiers(BiConsumer<EntityKind, Consumer<ResolvedIdentifier>> source)
      throws SQLException {
    try (CopyWriter w =
        new CopyWriter(
            c,
            "stage_identifiers",
            "entity_kind, identifier_type, identifier_value, entity_id, source, first_seen_at,"
                + " last_seen_at")) {
      for (EntityKind kind : EntityKind.values()) {
        source.accept(
            kind,
            i ->
                w.row(
                    kind.columnValue(),
                    i.type(),
                    i.value(),
                    i.entityId(),
                    i.source(),
                    i.firstSeenAt(),
                    i.lastSeenAt()));
      }
      count("identifiers", w.rows());
    }
  }

  private void history(BiConsumer<EntityKind, Consumer<HistoryEntry>> source) throws SQLException {
    try (CopyWriter w =
        new CopyWriter(
            c,
            "stage_history",
            "entity_kind, old_id, new_id, change, run_id, changed_at, cause_event_id")) {
      for (EntityKind kind : EntityKind.values()) {
        source.accept(
            kind,
            h ->
                w.row(
                    kind.columnValue(),
                    h.oldId(),
                    h.newId(),
                    h.change(),
                    h.runId(),
                    h.changedAt(),
                    h.causeEventId()));
      }
      count("history", w.rows());
    }
  }

  /** Erased identifiers are left out: their values must not reappear in any table. */
  private void exclusions() throws SQLException {
    try (CopyWriter w =
        new CopyWriter(
            c,
            "stage_exclusions",
            "entity_kind, identifier_type, identifier_value, reason, detail")) {
      for (EntityKind kind : EntityKind.values()) {
        exclusions.stream(
            kind,
            x -> {
              if (x.reason() != Exclusion.Reason.ERASED) {
                w.row(
                    kind.columnValue(),
                    x.identifierType(),
                    x.identifierValue(),
                    x.reason().columnValue(),
                    x.detail());
              }
            });
      }
      count("exclusions", w.rows());
    }
  }

  private void traits(
      Consumer<Consumer<ResolvedTrait>> persons, Consumer<Consumer<ResolvedTrait>> groups)
      throws SQLException {
    try (CopyWriter w =
        new CopyWriter(
            c,
            "stage_traits",
            "entity_kind, entity_id, trait_name, trait_value, source, occurred_at")) {
      persons.accept(
          t -> w.row("person", t.entityId(), t.name(), t.value(), t.source(), t.occurredAt()));
      groups.accept(
          t -> w.row("group", t.entityId(), t.name(), t.value(), t.source(), t.occurredAt()));
      count("traits", w.rows());
    }
  }

  private void memberships(Consumer<Consumer<ResolvedMembership>> source) throws SQLException {
    try (CopyWriter w =
        new CopyWriter(
            c,
            "stage_memberships",
            "membership_id, person_id, group_id, role, source, established_at, last_seen_at")) {
      source.accept(
          m ->
              w.row(
                  m.membershipId(),
                  m.personId(),
                  m.groupId(),
                  m.role(),
                  m.source(),
                  m.establishedAt(),
                  m.lastSeenAt()));
      count("memberships", w.rows());
    }
  }

  private void participants(
      Consumer<Consumer<Participation>> persons, Consumer<Consumer<Participation>> groups)
      throws SQLException {
    try (CopyWriter w =
        new CopyWriter(
            c, "stage_participants", "participant_id, entity_kind, entity_id, event_id, role")) {
      Consumer<Participation> row =
          p ->
              w.row(p.participantId(), p.kind().columnValue(), p.entityId(), p.eventId(), p.role());
      persons.accept(row);
      groups.accept(row);
      count("participants", w.rows());
    }
  }

  private void count(String kind, long n) {
    rows.merge(kind, n, Long::sum);
  }
}
