package io.nexusgraph.graph.cypher;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/** Runs a named one-statement {@link CypherFile} with parameters, retrying transient errors. */
public final class Cypher {

  private Cypher() {}

  /** Runs {@code cypher/<name>.cypher} and returns all its records. */
  public static List<Record> query(Driver driver, String name, Map<String, Object> parameters) {
    return driver
        .executableQuery(CypherFile.load(name).single())
        .withParameters(parameters)
        .execute()
        .records();
  }
}
