package io.nexusgraph.api.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.api.runtime.Postgres;
import io.nexusgraph.api.runtime.RunningService;
import io.nexusgraph.testkit.Neo4jConnection;
import io.nexusgraph.testkit.NexusServers;
import io.nexusgraph.testkit.PostgresConnection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The migrated event log can be read a chunk of events at a time: every observation table that
 * {@link EventLogReader} reads by {@code event_id = ANY (?)} has an index led by {@code event_id}.
 * Without one, each chunk scanned the whole table (about 20 s per chunk at the large bench scale).
 */
@ExtendWith(NexusServers.class)
class EventLogIndexesIT {

  private static final Set<String> READ_BY_EVENT_ID =
      Set.of(
          "person_identifiers",
          "group_identifiers",
          "person_traits",
          "group_traits",
          "membership_identifiers");

  @Test
  void everyTableReadByEventIdHasAnIndexLedByEventId(
      Neo4jConnection neo4j, PostgresConnection postgres) throws SQLException {
    Set<String> indexed = new TreeSet<>();
    try (RunningService service = new RunningService(neo4j, postgres);
        Connection c = service.bean(Postgres.class).dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT t.relname FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid"
                    + " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = x.indkey[0]"
                    + " WHERE a.attname = 'event_id' AND t.relname = ANY (?)")) {
      s.setArray(1, c.createArrayOf("text", READ_BY_EVENT_ID.toArray()));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          indexed.add(r.getString(1));
        }
      }
    }
    assertThat(indexed).containsExactlyInAnyOrderElementsOf(READ_BY_EVENT_ID);
  }
}
