package io.nexusgraph.graph.cypher;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a named one-statement {@link CypherFile} with parameters, retrying transient errors. */
public final class Cypher {

  private static final Logger LOG = LoggerFactory.getLogger(Cypher.class);

  private Cypher() {}

  /** Runs {@code cypher/<name>.cypher} and returns all its records. */
  public static List<Record> query(Driver driver, String name, Map<String, Object> parameters) {
    long start = System.nanoTime();
    List<Record> records =
        driver
            .executableQuery(CypherFile.load(name).single())
            .withParameters(parameters)
            .execute()
            .records();
    timed(name, start, records.size());
    return records;
  }

  /**
   * Runs {@code cypher/<name>.cypher} in a read transaction and hands each record to {@code sink}
   * as it arrives, so results of any size stream in constant memory.
   */
  public static void stream(
      Driver driver, String name, Map<String, Object> parameters, Consumer<Record> sink) {
    String text = CypherFile.load(name).single();
    long start = System.nanoTime();
    try (Session session = driver.session()) {
      session.executeRead(
          tx -> {
            Result result = tx.run(text, parameters);
            long records = 0;
            while (result.hasNext()) {
              sink.accept(result.next());
              records++;
            }
            timed(name, start, records);
            return null;
          });
    }
  }

  /** A temporal value of a record as an instant; null stays null. */
  public static Instant instant(Value value) {
    return value.isNull() ? null : value.asZonedDateTime().toInstant();
  }

  /** Statement name, time and record count at DEBUG: never parameters or values. */
  private static void timed(String name, long nanoStart, long records) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "cypher/{}: {} records in {} ms",
          name,
          records,
          (System.nanoTime() - nanoStart) / 1_000_000);
    }
  }
}
