package io.nexusgraph.graph.cypher;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;

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

  /**
   * Runs {@code cypher/<name>.cypher} in a read transaction and hands each record to {@code sink}
   * as it arrives, so results of any size stream in constant memory.
   */
  public static void stream(
      Driver driver, String name, Map<String, Object> parameters, Consumer<Record> sink) {
    String text = CypherFile.load(name).single();
    try (Session session = driver.session()) {
      session.executeRead(
          tx -> {
            Result result = tx.run(text, parameters);
            while (result.hasNext()) {
              sink.accept(result.next());
            }
            return null;
          });
    }
  }
}
