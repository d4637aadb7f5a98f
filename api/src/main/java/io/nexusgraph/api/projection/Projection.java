package io.nexusgraph.api.projection;

import io.nexusgraph.api.runtime.Postgres;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what the graph concluded into the final tables of PostgreSQL, in one transaction: the
 * graph's resolved identifiers, traits, memberships, participation, id history and exclusions are
 * copied into the {@code stage_*} tables ({@link Stage}), then {@code nexus_project()} (a Flyway
 * migration) turns the stage into the final tables, writing only rows whose values differ. Readers
 * see the previous run or this one, never half of one; projecting the same graph again changes no
 * row.
 *
 * <p>A scoped projection stages only the entities the run touched ({@link ProjectionScope}) and the
 * run's own id history; the final tables' other rows stay as they are. It is used only when the
 * final tables show the run before this one under the current schema ({@code
 * nexus_projection_is_current}); otherwise the projection is full. Entities outside the scope that
 * the final tables still hold a staged identifier for are staged too, until none is left.
 */
@Singleton
public final class Projection {

  private static final Logger LOG = LoggerFactory.getLogger(Projection.class);

  private final DataSource dataSource;
  private final Driver driver;
  private final Clock clock;

  Projection(Postgres postgres, Driver driver, Clock clock) {
    this.dataSource = postgres.dataSource();
    this.driver = driver;
    this.clock = clock;
  }

  /** Projects the graph as it is now for run {@code runId} (a row of {@code runs}). */
  public ProjectionResult project(String runId, ProjectionScope scope) {
    long start = System.nanoTime();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        Stage stage = new Stage(c, driver);
        boolean full = scope.all() || !isCurrent(c, runId);
        if (full) {
          stage.everything();
        } else {
          stage.runOnly(runId);
          stageScope(c, stage, scope);
        }
        long stagedAt = System.nanoTime();
        long changed = merge(c, runId, full);
        long mergedAt = System.nanoTime();
        c.commit();
        LOG.info(
            "Projection of run {} ({}): {} rows staged from the graph in {} ms ({}), {} rows of"
                + " the final tables changed in {} ms, committed in {} ms",
            runId,
            full ? "full" : "scoped",
            stage.rows().entrySet().stream()
                .filter(e -> !e.getKey().equals("scope"))
                .mapToLong(e -> e.getValue())
                .sum(),
            (stagedAt - start) / 1_000_000,
            stage.rows(),
            changed,
            (mergedAt - stagedAt) / 1_000_000,
            (System.nanoTime() - mergedAt) / 1_000_000);
        return new ProjectionResult(full, stage.rows(), changed);
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new ProjectionException("projection of run " + runId + " failed", e);
    }
  }

  /** Stages the scope, then any entity the final tables say lost an identifier to it. */
  private static void stageScope(Connection c, Stage stage, ProjectionScope scope)
      throws SQLException {
    TreeSet<String> members = new TreeSet<>(scope.membershipPersons());
    stage.entities(List.copyOf(scope.persons()), List.copyOf(scope.groups()), List.copyOf(members));
    while (true) {
      List<String> persons = new ArrayList<>();
      List<String> groups = new ArrayList<>();
      try (PreparedStatement s =
              c.prepareStatement("SELECT entity_kind, entity_id FROM nexus_projection_strays()");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          (r.getString(1).equals("person") ? persons : groups).add(r.getString(2));
        }
      }
      if (persons.isEmpty() && groups.isEmpty()) {
        return;
      }
      LOG.warn(
          "Projection: {} persons and {} groups outside the run's scope lost identifiers to it;"
              + " staged as well",
          persons.size(),
          groups.size());
      List<String> newMembers = persons.stream().filter(id -> !members.contains(id)).toList();
      members.addAll(newMembers);
      stage.entities(persons, groups, newMembers);
    }
  }

  private static boolean isCurrent(Connection c, String runId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT nexus_projection_is_current(?)")) {
      s.setString(1, runId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getBoolean(1);
      }
    }
  }

  private long merge(Connection c, String runId, boolean full) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT nexus_project(?, ?, ?)")) {
      s.setString(1, runId);
      s.setTimestamp(2, Timestamp.from(clock.instant()));
      s.setBoolean(3, full);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
