package io.nexusgraph.api.projection;

import io.nexusgraph.api.runtime.Postgres;
import io.nexusgraph.graph.entities.EntityExport;
import io.nexusgraph.graph.entities.Participation;
import io.nexusgraph.graph.export.ResolvedExport;
import io.nexusgraph.graph.resolution.Exclusion;
import io.nexusgraph.graph.resolution.Exclusions;
import io.nexusgraph.ingest.eventlog.EntityKind;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what the graph concluded into the final tables of PostgreSQL, in one transaction: the
 * graph's resolved identifiers, traits, memberships, participation, id history and exclusions are
 * copied into the {@code stage_*} tables, then {@code nexus_project()} (a Flyway migration) turns
 * the stage into the final tables, writing only rows whose values differ. Readers see the previous
 * run or this one, never half of one; projecting the same graph again changes no row.
 */
@Singleton
public final class Projection {

  private static final Logger LOG = LoggerFactory.getLogger(Projection.class);

  private static final String[] STAGES = {
    "stage_identifiers", "stage_traits", "stage_memberships",
    "stage_participants", "stage_history", "stage_exclusions"
  };

  private final DataSource dataSource;
  private final Driver driver;
  private final Clock clock;

  Projection(Postgres postgres, Driver driver, Clock clock) {
    this.dataSource = postgres.dataSource();
    this.driver = driver;
    this.clock = clock;
  }

  /** Projects the graph as it is now for run {@code runId} (a row of {@code runs}). */
  public ProjectionResult project(String runId) {
    long start = System.nanoTime();
    ResolvedExport export = new ResolvedExport(driver);
    Map<String, Long> staged = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (Statement s = c.createStatement()) {
          s.execute("TRUNCATE " + String.join(", ", STAGES));
        }
        staged.put("identifiers", stageIdentifiers(c, export));
        staged.put("history", stageHistory(c, export));
        staged.put("exclusions", stageExclusions(c));
        EntityExport entities = new EntityExport(driver);
        staged.put("traits", stageTraits(c, entities));
        staged.put("memberships", stageMemberships(c, entities));
        staged.put("participants", stageParticipants(c, entities));
        long stagedAt = System.nanoTime();
        long changed = merge(c, runId);
        long mergedAt = System.nanoTime();
        c.commit();
        LOG.info(
            "Projection of run {}: {} rows staged from the graph in {} ms ({}), {} rows of the"
                + " final tables changed in {} ms, committed in {} ms",
            runId,
            staged.values().stream().mapToLong(Long::longValue).sum(),
            (stagedAt - start) / 1_000_000,
            staged,
            changed,
            (mergedAt - stagedAt) / 1_000_000,
            (System.nanoTime() - mergedAt) / 1_000_000);
        return new ProjectionResult(staged, changed);
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new ProjectionException("projection of run " + runId + " failed", e);
    }
  }

  private static long stageIdentifiers(Connection c, ResolvedExport export) throws SQLException {
    try (CopyWriter w =
        new CopyWriter(
            c,
            "stage_identifiers",
            "entity_kind, identifier_type, identifier_value, entity_id, source, first_seen_at,"
                + " last_seen_at")) {
      for (EntityKind kind : EntityKind.values()) {
        export.identifiers(
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
      return w.rows();
    }
  }

  private static long stageHistory(Connection c, ResolvedExport export) throws SQLException {
    try (CopyWriter w =
        new CopyWriter(
            c,
            "stage_history",
            "entity_kind, old_id, new_id, change, run_id, changed_at, cause_event_id")) {
      for (EntityKind kind : EntityKind.values()) {
        export.history(
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
      return w.rows();
    }
  }

  /** Erased identifiers are left out: their values must not reappear in any table. */
  private long stageExclusions(Connection c) throws SQLException {
    Exclusions exclusions = new Exclusions(driver);
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
      return w.rows();
    }
  }

  private static long stageTraits(Connection c, EntityExport entities) throws SQLException {
    try (CopyWriter w =
        new CopyWriter(
            c,
            "stage_traits",
            "entity_kind, entity_id, trait_name, trait_value, source, occurred_at")) {
      entities.personTraits(
          t -> w.row("person", t.entityId(), t.name(), t.value(), t.source(), t.occurredAt()));
      entities.groupTraits(
          t -> w.row("group", t.entityId(), t.name(), t.value(), t.source(), t.occurredAt()));
      return w.rows();
    }
  }

  private static long stageMemberships(Connection c, EntityExport entities) throws SQLException {
    try (CopyWriter w =
        new CopyWriter(
            c,
            "stage_memberships",
            "membership_id, person_id, group_id, role, source, established_at, last_seen_at")) {
      entities.memberships(
          m ->
              w.row(
                  m.membershipId(),
                  m.personId(),
                  m.groupId(),
                  m.role(),
                  m.source(),
                  m.establishedAt(),
                  m.lastSeenAt()));
      return w.rows();
    }
  }

  private static long stageParticipants(Connection c, EntityExport entities) throws SQLException {
    try (CopyWriter w =
        new CopyWriter(
            c, "stage_participants", "participant_id, entity_kind, entity_id, event_id, role")) {
      Consumer<Participation> row =
          p ->
              w.row(p.participantId(), p.kind().columnValue(), p.entityId(), p.eventId(), p.role());
      entities.personParticipants(row);
      entities.groupParticipants(row);
      return w.rows();
    }
  }

  private long merge(Connection c, String runId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT nexus_project(?, ?)")) {
      s.setString(1, runId);
      s.setTimestamp(2, Timestamp.from(clock.instant()));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
