package io.nexusgraph.bench.servers;

import io.nexusgraph.bench.pipeline.BulkImport;
import io.nexusgraph.embedded.Directories;
import io.nexusgraph.embedded.EmbeddedNeo4j;
import io.nexusgraph.embedded.EmbeddedNeo4jConfig;
import io.nexusgraph.embedded.EmbeddedPostgresConfig;
import io.nexusgraph.embedded.EmbeddedPostgresServer;
import io.nexusgraph.graph.load.bulk.BulkGraphImport;
import io.nexusgraph.graph.load.bulk.BulkLoadResult;
import io.nexusgraph.graph.load.bulk.ImportSettings;
import io.nexusgraph.graph.load.bulk.ImportTarget;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The servers a benchmark run measures: the project's embedded Neo4j (with GDS, in a JVM of its
 * own) and embedded PostgreSQL 17, started fresh in a work folder that is emptied first, on free
 * loopback ports.
 */
public final class BenchServers implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

  private final EmbeddedNeo4j neo4j;
  private final EmbeddedPostgresServer postgres;
  private final String neo4jHeap;
  private final String neo4jPageCache;
  private final RenewableDriver driver;
  private final PGSimpleDataSource dataSource = new PGSimpleDataSource();

  private BenchServers(
      EmbeddedNeo4j neo4j,
      EmbeddedPostgresServer postgres,
      String neo4jHeap,
      String neo4jPageCache) {
    this.neo4j = neo4j;
    this.neo4jHeap = neo4jHeap;
    this.neo4jPageCache = neo4jPageCache;
    this.postgres = postgres;
    this.driver = new RenewableDriver(this::connect);
    driver.verifyConnectivity();
    dataSource.setUrl(postgres.jdbcUrl());
    dataSource.setUser(postgres.user());
    dataSource.setPassword(postgres.password());
  }

  /**
   * Starts both servers under {@code workDir} (deleted first).
   *
   * @param heap Neo4j JVM heap, e.g. {@code 2g}
   * @param pageCache Neo4j page cache, e.g. {@code 512m}
   */
  public static BenchServers start(Path workDir, String heap, String pageCache) {
    Directories.deleteQuietly(workDir);
    EmbeddedPostgresServer postgres =
        EmbeddedPostgresServer.start(
            EmbeddedPostgresConfig.defaults(workDir.resolve("postgres")).withPort(0));
    try {
      // a generous start timeout: on a busy shared machine the server can take minutes
      EmbeddedNeo4j neo4j =
          EmbeddedNeo4j.start(
              new EmbeddedNeo4jConfig(
                  EmbeddedNeo4jConfig.locateDistribution(),
                  workDir.resolve("neo4j"),
                  0,
                  0,
                  heap,
                  pageCache,
                  START_TIMEOUT));
      return new BenchServers(neo4j, postgres, heap, pageCache);
    } catch (RuntimeException e) {
      postgres.close();
      throw e;
    }
  }

  /** The bench's driver; stays usable across a {@link #bulkImport} (it is renewed). */
  public Driver driver() {
    return driver;
  }

  /** The bulk import and the store-deleting wipe, for the benchmark's pipeline. */
  public BulkImport bulk() {
    return new BulkImport() {
      @Override
      public BulkLoadResult importInto(List<EventLogBatch> batches) {
        return bulkImport(batches);
      }

      @Override
      public void emptyGraph() {
        BenchServers.this.emptyGraph();
      }
    };
  }

  /**
   * Empties the graph by deleting the store (a restart of the server) instead of deleting every
   * node over Cypher, which took minutes at the large scale; {@link #driver()} reconnects.
   */
  public void emptyGraph() {
    try {
      BulkGraphImport.emptyGraph(importTarget());
    } finally {
      driver.renew();
    }
  }

  private ImportTarget importTarget() {
    return new ImportTarget(
        neo4j.home(), neo4j.distribution(), neo4j.jvmFlags(), neo4j::restartAround);
  }

  /**
   * Loads the batches into the empty graph with Neo4j's offline importer: the server stops, the
   * importer runs with the server's heap and page cache as its memory, the server starts again on
   * the same ports, and {@link #driver()} reconnects.
   */
  public BulkLoadResult bulkImport(List<EventLogBatch> batches) {
    ImportSettings settings =
        new ImportSettings(
            ImportSettings.defaults().threads(),
            neo4jHeap,
            neo4jPageCache,
            ImportSettings.defaults().timeout());
    try {
      return new BulkGraphImport(this::connect, importTarget(), settings).importInto(batches);
    } finally {
      driver.renew();
    }
  }

  /**
   * A driver configured as the service's ({@code Neo4jDriverFactory}): SLF4J logging. The driver's
   * default (System.Logger) logging formats every Bolt message with all its parameters at DEBUG
   * whether or not DEBUG is on, which cost the benchmark's JVM CPU time on each 1,000-row batch.
   */
  private Driver connect() {
    return GraphDatabase.driver(
        neo4j.boltUri(),
        AuthTokens.basic(neo4j.user(), neo4j.password()),
        Config.builder().withLogging(Logging.slf4j()).build());
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** The Neo4j server JVM's pid; a bulk import restarts the server, so it changes. */
  public long neo4jPid() {
    return neo4j.pid();
  }

  @Override
  public void close() {
    try {
      driver.close();
    } finally {
      try {
        neo4j.close();
      } finally {
        postgres.close();
      }
    }
  }
}
