package io.nexusgraph.api.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.neo4j.driver.Driver;

/** Empties the graph and every Nexus Graph table, so a test class starts from nothing. */
public final class Wipe {

  private Wipe() {}

  public static void all(DataSource dataSource, Driver driver) throws SQLException {
    driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "TRUNCATE events, person_identifiers, person_traits, group_identifiers, group_traits,"
              + " membership_identifiers, persons, groups, memberships, person_participants,"
              + " group_participants, resolved_person_identifiers, resolved_group_identifiers,"
              + " resolved_person_traits, resolved_group_traits, entity_id_history,"
              + " identifier_exclusions, ingest_rejects, source_checkpoints, projection_state, runs"
              + " CASCADE");
    }
  }
}
