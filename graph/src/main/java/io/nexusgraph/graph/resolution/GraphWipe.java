package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.cypher.CypherFile;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Clears the graph for a rebuild from the event log (the api's {@code --full}) without losing the
 * ids the outside world holds. {@link #evidence()} deletes events, evidence and observed
 * memberships in batches and reduces every identifier that belongs to an entity to its key, its
 * entity id and its IDENTIFIES relationship; Person and Group nodes and the IdChange history stay.
 * After reloading the event log, the next {@link Resolver} run re-derives every entity from the
 * evidence and, because identifiers remember their entity, gives each the id it had: the same data
 * yields the same ids, and only real differences show up as merges or splits. Identifiers the
 * reload did not bring back are forgotten by that run.
 *
 * <p>The statements run in auto-commit transactions ({@code CALL { } IN TRANSACTIONS}), so a wipe
 * of any size needs little memory; a wipe that fails halfway can simply be run again.
 */
public final class GraphWipe {

  private static final int DEFAULT_BATCH = 10_000;

  private final Driver driver;
  private final int batch;

  public GraphWipe(Driver driver) {
    this(driver, DEFAULT_BATCH);
  }

  /**
   * @param batch rows per inner transaction
   */
  public GraphWipe(Driver driver, int batch) {
    if (batch < 1) {
      throw new IllegalArgumentException("graph wipe: batch must be at least 1, was " + batch);
    }
    this.driver = driver;
    this.batch = batch;
  }

  public void evidence() {
    try (Session session = driver.session()) {
      for (String statement : CypherFile.load("resolve/wipe-evidence").statements()) {
        session.run(statement, Map.of("batch", batch)).consume();
      }
    }
  }
}
