package io.nexusgraph.api.eventlog;

import io.nexusgraph.api.runtime.Postgres;
import io.nexusgraph.api.runtime.RunningService;
import io.nexusgraph.api.runtime.Wipe;
import io.nexusgraph.testkit.Neo4jConnection;
import io.nexusgraph.testkit.PostgresConnection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.neo4j.driver.Driver;

/** The running service the event-log ITs write and read through, emptied between tests. */
final class EventLogService implements AutoCloseable {

  private final RunningService service;
  private final DataSource dataSource;
  private final Driver driver;

  EventLogService(Neo4jConnection neo4j, PostgresConnection postgres) {
    service = new RunningService(neo4j, postgres);
    dataSource = service.bean(Postgres.class).dataSource();
    driver = service.bean(Driver.class);
  }

  DataSource dataSource() {
    return dataSource;
  }

  /** Removes everything the tests wrote, in PostgreSQL and Neo4j. */
  void empty() throws SQLException {
    Wipe.all(dataSource, driver);
  }

  @Override
  public void close() throws SQLException {
    empty();
    service.close();
  }
}
