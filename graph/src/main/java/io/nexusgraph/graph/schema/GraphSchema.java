package io.nexusgraph.graph.schema;

import io.nexusgraph.graph.concurrent.Parallel;
import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.cypher.CypherFile;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the constraints and indexes of {@code cypher/schema/*.cypher}, in file-name order, the
 * property keys the statements need before any data carries them ({@code model/property-keys}),
 * then the graph-model migrations the store lacks ({@link GraphMigrations}). Every schema statement
 * says {@code IF NOT EXISTS}, the keys are created only when missing and a migration runs once per
 * store, so applying at every start is safe.
 */
public final class GraphSchema {

  private static final Logger LOG = LoggerFactory.getLogger(GraphSchema.class);

  /** A schema statement: what it creates (group 1) and the name it gives (group 2). */
  private static final Pattern NAMED =
      Pattern.compile(
          "^\\s*CREATE\\s+(?:[A-Z]+\\s+)?(INDEX|CONSTRAINT)\\s+(\\w+)\\s+IF\\s+NOT\\s+EXISTS\\b",
          Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

  private GraphSchema() {}

  /**
   * Creates the constraints and indexes that are missing, by name, and migrates the store; returns
   * how many schema statements ran. Each statement is a schema transaction of its own, 10-30 ms
   * even when it finds its constraint or index already there: about 0.25 s per start or load for
   * the 17 of them, where one read of the names costs a few milliseconds.
   */
  public static int apply(Driver driver) {
    Set<String> existing = new HashSet<>();
    for (String query : CypherFile.load("server/schema-names").statements()) {
      driver
          .executableQuery(query)
          .execute()
          .records()
          .forEach(r -> existing.add(r.get("name").asString()));
    }
    List<String> statements = statements();
    List<String> missing = statements.stream().filter(s -> !existing.contains(nameOf(s))).toList();
    for (String statement : missing) {
      driver.executableQuery(statement).execute();
    }
    LOG.info(
        "Neo4j schema applied: {} constraint and index statements ran, {} already existed",
        missing.size(),
        statements.size() - missing.size());
    propertyKeys(driver);
    GraphMigrations.migrate(driver);
    return missing.size();
  }

  /**
   * Applies every schema statement to a graph a bulk import has just written, where creating them
   * is slow: each constraint populates and checks its index before it returns, while an index
   * returns at once and populates in the background. So the indexes are created first, in file
   * order, and the constraints then {@code threads} at a time, which lets the populations of
   * different labels overlap. The resulting schema is the one {@link #apply} creates; indexes may
   * still be populating when this returns (await them with {@code db.awaitIndexes}). The import
   * wrote the current graph model, so its version is recorded without running the migrations
   * ({@link GraphMigrations#recordCurrent}; the one there is took 2 s at the large scale for
   * nothing). Returns how many statements ran.
   */
  public static int applyToImportedGraph(Driver driver, int threads) {
    List<String> statements = statements();
    Map<Boolean, List<String>> byKind =
        statements.stream().collect(Collectors.partitioningBy(GraphSchema::isConstraint));
    byKind.get(false).forEach(index -> driver.executableQuery(index).execute());
    try (Parallel parallel = new Parallel(threads)) {
      List<Supplier<Object>> created =
          byKind.get(true).stream()
              .map(c -> parallel.submit(() -> (Object) driver.executableQuery(c).execute()))
              .toList();
      created.forEach(Supplier::get);
    }
    LOG.info(
        "Neo4j schema applied to an imported graph: {} statements, constraints {} at a time",
        statements.size(),
        threads);
    propertyKeys(driver);
    GraphMigrations.recordCurrent(driver);
    return statements.size();
  }

  /** Creates the property keys the statements name before any data carries them. */
  private static void propertyKeys(Driver driver) {
    Cypher.query(driver, "model/property-keys", Map.of());
  }

  private static List<String> statements() {
    return CypherFile.loadFolder("schema").stream()
        .flatMap(file -> file.statements().stream())
        .toList();
  }

  /** The name a {@code CREATE ... IF NOT EXISTS} statement gives, or null when it names none. */
  static String nameOf(String statement) {
    Matcher m = NAMED.matcher(statement);
    return m.find() ? m.group(2) : null;
  }

  /** Whether a schema statement creates a constraint (rather than an index). */
  static boolean isConstraint(String statement) {
    Matcher m = NAMED.matcher(statement);
    return m.find() && m.group(1).equalsIgnoreCase("CONSTRAINT");
  }
}
