package io.nexusgraph.graph.schema;

import io.nexusgraph.graph.cypher.CypherFile;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the constraints and indexes of {@code cypher/schema/*.cypher}, in file-name order. Every
 * statement says {@code IF NOT EXISTS}, so applying at every start is safe.
 */
public final class GraphSchema {

  private static final Logger LOG = LoggerFactory.getLogger(GraphSchema.class);

  private GraphSchema() {}

  /** Applies every schema statement; returns how many ran. */
  public static int apply(Driver driver) {
    int count = 0;
    for (CypherFile file : CypherFile.loadFolder("schema")) {
      for (String statement : file.statements()) {
        driver.executableQuery(statement).execute();
        count++;
      }
    }
    LOG.info("Neo4j schema applied: {} constraint and index statements", count);
    return count;
  }
}
