package io.nexusgraph.graph.schema;

import io.nexusgraph.graph.cypher.CypherFile;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the constraints and indexes of {@code cypher/schema/*.cypher}, in file-name order, then
 * the graph-model migrations the store lacks ({@link GraphMigrations}). Every schema statement says
 * {@code IF NOT EXISTS} and a migration runs once per store, so applying at every start is safe.
 */
public final class GraphSchema {

  private static final Logger LOG = LoggerFactory.getLogger(GraphSchema.class);

  private GraphSchema() {}

  /**
   * Applies every schema statement and migrates the store; returns how many schema statements ran.
   */
  public static int apply(Driver driver) {
    int count = 0;
    for (CypherFile file : CypherFile.loadFolder("schema")) {
      for (String statement : file.statements()) {
        driver.executableQuery(statement).execute();
        count++;
      }
    }
    LOG.info("Neo4j schema applied: {} constraint and index statements", count);
    GraphMigrations.migrate(driver);
    return count;
  }
}
