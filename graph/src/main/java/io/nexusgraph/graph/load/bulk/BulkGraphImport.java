package io.nexusgraph.graph.load.bulk;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.load.LoadPlan;
import io.nexusgraph.graph.load.LoadResult;
import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads event-log batches into an <em>empty</em> graph with Neo4j's offline importer: the rows of
 * the Bolt loader's {@link LoadPlan} are written as the importer's CSV files under the server's
 * {@code tmp/}, the server is stopped, {@code neo4j-admin database import full} writes the store
 * directly, the server starts again and {@link GraphSchema} creates the constraints and indexes.
 *
 * <p>Why: the Bolt loader writes a few thousand nodes and relationships per Neo4j CPU-second,
 * because every write is a transactional Cypher MERGE or CREATE; the importer writes store files at
 * hundreds of thousands per second. The resulting graph is the one the Bolt loader leaves in an
 * empty graph (same labels, properties and types), so resolution afterwards is the same. It only
 * fits a first load or a full rebuild: the importer replaces the whole database, so a graph that
 * holds anything is refused; incremental loads and external servers use the Bolt loader.
 *
 * <p>Drivers: a driver that talked to the database before the import holds bookmarks of it (the
 * last transaction ids its managed queries saw), which the imported database, whose transaction ids
 * start again, never reaches: its queries would wait for them and fail. So this class opens a
 * driver of its own for the emptiness check and another for the schema, and every driver the caller
 * created before {@link #importInto} must be closed and created again afterwards.
 */
public final class BulkGraphImport {

  private static final Logger LOG = LoggerFactory.getLogger(BulkGraphImport.class);

  private final Supplier<Driver> connect;
  private final ImportTarget target;
  private final ImportSettings settings;

  /**
   * @param connect creates a new driver to the target server (closed here after use)
   */
  public BulkGraphImport(Supplier<Driver> connect, ImportTarget target) {
    this(connect, target, ImportSettings.defaults());
  }

  public BulkGraphImport(Supplier<Driver> connect, ImportTarget target, ImportSettings settings) {
    this.connect = connect;
    this.target = target;
    this.settings = settings;
  }

  /**
   * Imports the batches into the empty graph and applies the schema.
   *
   * @throws BulkImportException if the graph is not empty (nothing is changed) or the importer
   *     fails (the graph is left empty)
   */
  public BulkLoadResult importInto(List<EventLogBatch> batches) {
    long start = System.nanoTime();
    long nodesBefore;
    try (Driver driver = connect.get()) {
      nodesBefore =
          Cypher.query(driver, "bulk/graph-size", Map.of()).getFirst().get("nodes").asLong();
    }
    if (nodesBefore > 0) {
      throw new BulkImportException(
          ("The graph holds %d nodes: the bulk import replaces the whole database, so it only"
                  + " loads into an empty graph (a first load, or a rebuild after wiping it). Load"
                  + " into this graph with the Bolt loader (GraphLoader) instead.")
              .formatted(nodesBefore));
    }
    LoadPlan plan = LoadPlan.of(batches);
    Path dir = target.home().toAbsolutePath().resolve("tmp").resolve("bulk-import");
    try {
      List<ImportSource> sources = ImportFiles.write(plan, dir, settings.threads());
      long written = System.nanoTime();
      long[] importNanos = new long[1];
      if (!sources.isEmpty()) {
        target
            .restartAround()
            .accept(
                () -> {
                  long importStart = System.nanoTime();
                  AdminImport.run(target, settings, sources);
                  importNanos[0] = System.nanoTime() - importStart;
                });
      }
      long restarted = System.nanoTime();
      try (Driver driver = connect.get()) {
        GraphSchema.applyToImportedGraph(driver, settings.threads());
        Cypher.query(
            driver, "bulk/await-indexes", Map.of("seconds", settings.timeout().toSeconds()));
      }
      long done = System.nanoTime();
      LoadResult load = plan.result((done - start) / 1_000_000);
      long nodes = sum(sources, true);
      long relationships = sum(sources, false);
      BulkLoadResult result =
          new BulkLoadResult(
              load,
              nodes,
              relationships,
              millis(written - start),
              millis(importNanos[0]),
              millis(restarted - written - importNanos[0]),
              millis(done - restarted));
      LOG.info(
          "bulk import: {} nodes and {} relationships in {} ms (files {} ms, import {} ms,"
              + " restart {} ms, schema {} ms)",
          nodes,
          relationships,
          load.elapsedMillis(),
          result.csvMillis(),
          result.importMillis(),
          result.restartMillis(),
          result.schemaMillis());
      return result;
    } finally {
      deleteQuietly(dir);
    }
  }

  /**
   * Empties the target's graph at once, whatever its size: stops the server, deletes the default
   * database's store and transaction logs, and starts the server again, which creates an empty
   * database (a Cypher delete of the large scale's graph took about 200 s). Users, passwords and
   * the system database stay. As after {@link #importInto}, drivers created before must be created
   * again.
   */
  public static void emptyGraph(ImportTarget target) {
    target.restartAround().accept(() -> AdminImport.deleteStore(target.home()));
  }

  private static long sum(List<ImportSource> sources, boolean nodes) {
    return sources.stream().filter(s -> s.nodes() == nodes).mapToLong(ImportSource::rows).sum();
  }

  private static long millis(long nanos) {
    return nanos / 1_000_000;
  }

  private static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      LOG.warn(
          "Could not delete the import files in {} ({}); delete them by hand", dir, e.toString());
    }
  }
}
