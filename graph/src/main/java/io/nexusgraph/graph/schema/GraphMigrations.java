package io.nexusgraph.graph.schema;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.cypher.CypherFile;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a graph written by an earlier version of Nexus Graph up to the current graph model: runs,
 * in order, every {@code cypher/migrate/NNN-*.cypher} numbered above the version the store records
 * ({@code GraphModel} node; 1 when there is none), then records the last number. Why: the loaders
 * only write new data, so a change to what they write (a property, a label) must be applied once to
 * what an existing store already holds, or the statements that rely on it miss old data.
 *
 * <p>Each migration statement runs in auto-commit transactions ({@code CALL { } IN TRANSACTIONS OF
 * $batch ROWS}), so a migration of a large graph never needs one huge transaction, and finds
 * nothing to do when repeated after an interruption.
 */
public final class GraphMigrations {

  private static final Logger LOG = LoggerFactory.getLogger(GraphMigrations.class);

  /** The version of a store with no recorded version: the model before migrations existed. */
  static final int UNVERSIONED = 1;

  private static final int BATCH = 10_000;

  private GraphMigrations() {}

  /** Applies the migrations the store lacks and returns the version it has now. */
  public static int migrate(Driver driver) {
    List<Record> recorded = Cypher.query(driver, "model/version-read", Map.of());
    int version =
        recorded.isEmpty() || recorded.getFirst().get("version").isNull()
            ? UNVERSIONED
            : recorded.getFirst().get("version").asInt();
    int current = version;
    for (CypherFile migration : CypherFile.loadFolder("migrate")) {
      int number = number(migration);
      if (number <= current) {
        continue;
      }
      long start = System.nanoTime();
      try (Session session = driver.session()) {
        for (String statement : migration.statements()) {
          session.run(statement, Map.of("batch", BATCH)).consume();
        }
      }
      current = number;
      LOG.info(
          "Graph model migrated to version {} ({}) in {} ms",
          number,
          migration.name(),
          (System.nanoTime() - start) / 1_000_000);
    }
    if (current != version || recorded.isEmpty()) {
      Cypher.query(driver, "model/version-write", Map.of("version", current));
    }
    return current;
  }

  /**
   * Records the current graph-model version (the last migration's number) without running any
   * migration: for a store this version of Nexus Graph has just written whole (a bulk import),
   * which already holds everything the migrations would add. Returns that version.
   */
  public static int recordCurrent(Driver driver) {
    int current =
        CypherFile.loadFolder("migrate").stream()
            .mapToInt(GraphMigrations::number)
            .max()
            .orElse(UNVERSIONED);
    Cypher.query(driver, "model/version-write", Map.of("version", current));
    return current;
  }

  /** The number a migration file's name starts with: {@code migrate/002-same-as-link} is 2. */
  static int number(CypherFile migration) {
    String file = migration.name().substring(migration.name().lastIndexOf('/') + 1);
    int dash = file.indexOf('-');
    try {
      return Integer.parseInt(dash < 0 ? file : file.substring(0, dash));
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "cypher/"
              + migration.name()
              + ".cypher: a migration's file name must start with its number, e.g."
              + " migrate/002-same-as-link.cypher",
          e);
    }
  }
}
