package io.nexusgraph.api.erasure;

import io.nexusgraph.api.pipeline.RunLock;
import io.nexusgraph.api.runtime.Postgres;
import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.resolution.Erasure;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.Ids;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases a person on request: its identifiers, traits and participation leave the graph, the final
 * tables and the stored event log, and their hashes go to {@code suppressed_identifiers}, so a
 * later run that reads the same old data excludes them (reason erased) instead of bringing the
 * person back. Holds the run lock, so no run projects a half-erased person. Audited in {@code
 * audit_log} with the caller's key id.
 */
@Singleton
public final class ErasureService {

  private static final Logger LOG = LoggerFactory.getLogger(ErasureService.class);

  private final Postgres postgres;
  private final Erasure erasure;
  private final Clock clock;

  ErasureService(Postgres postgres, Driver driver, Clock clock) {
    this.postgres = postgres;
    this.erasure = new Erasure(driver);
    this.clock = clock;
  }

  /** Empty when no person (and no merged-away id) has this id. */
  public Optional<ErasureResult> erasePerson(String personId, String actor) {
    try (RunLock lock = RunLock.acquire(postgres.dataSource())) {
      Erasure.Erased erased = erasure.erase(EntityKind.PERSON, personId);
      if (erased.entityId() == null) {
        return Optional.empty();
      }
      Instant now = clock.instant();
      String auditId = Ids.of("aud_", erased.entityId(), now.toString());
      try (Connection c = postgres.connect()) {
        c.setAutoCommit(false);
        for (IdentifierKey id : erased.identifiers()) {
          suppress(c, id, now);
          forget(c, id);
        }
        update(c, "DELETE FROM persons WHERE person_id = ?", erased.entityId());
        audit(c, auditId, erased, actor, now);
        c.commit();
      } catch (SQLException e) {
        throw new ErasureException(
            "person "
                + erased.entityId()
                + " left the graph but the tables were not updated: "
                + e.getMessage()
                + "; call DELETE again",
            e);
      }
      LOG.info(
          "Erased person {} ({} identifiers suppressed)",
          erased.entityId(),
          erased.identifiers().size());
      return Optional.of(
          new ErasureResult(erased.entityId(), erased.identifiers().size(), auditId));
    }
  }

  private static void suppress(Connection c, IdentifierKey id, Instant now) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO suppressed_identifiers (entity_kind, identifier_type,"
                + " identifier_value_hash, reason, created_at) VALUES ('person', ?, ?, 'erased', ?)"
                + " ON CONFLICT DO NOTHING")) {
      s.setString(1, id.type());
      s.setString(2, IdentifierHash.of(id.type(), id.value()));
      s.setTimestamp(3, Timestamp.from(now));
      s.executeUpdate();
    }
  }

  /** Removes the identifier, and the traits recorded on its edges, from the stored event log. */
  private static void forget(Connection c, IdentifierKey id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "DELETE FROM person_traits WHERE edge_id IN (SELECT edge_id FROM person_identifiers"
                + " WHERE identifier_type = ? AND identifier_value = ?)")) {
      s.setString(1, id.type());
      s.setString(2, id.value());
      s.executeUpdate();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "DELETE FROM person_identifiers WHERE identifier_type = ? AND identifier_value = ?")) {
      s.setString(1, id.type());
      s.setString(2, id.value());
      s.executeUpdate();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "DELETE FROM identifier_exclusions WHERE entity_kind = 'person'"
                + " AND identifier_type = ? AND identifier_value = ?")) {
      s.setString(1, id.type());
      s.setString(2, id.value());
      s.executeUpdate();
    }
  }

  private static void update(Connection c, String sql, String param) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, param);
      s.executeUpdate();
    }
  }

  private static void audit(
      Connection c, String auditId, Erasure.Erased erased, String actor, Instant now)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO audit_log (audit_id, action, entity_kind, entity_id, detail, actor, at)"
                + " VALUES (?, 'erase', 'person', ?, jsonb_build_object('identifiers', ?), ?, ?)")) {
      s.setString(1, auditId);
      s.setString(2, erased.entityId());
      s.setInt(3, erased.identifiers().size());
      s.setString(4, actor);
      s.setTimestamp(5, Timestamp.from(now));
      s.executeUpdate();
    }
  }
}
