package io.nexusgraph.graph.load;

import io.nexusgraph.ingest.eventlog.EventLogBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads event-log batches into the Neo4j identity graph (docs/graph-model.md): identifier nodes
 * first, then each Event with the evidence of its record (traits, INVOLVES, SAME_AS stars and
 * MEMBER_OF_OBSERVED), each statement as UNWIND batches over Bolt.
 *
 * <p>Why it is shaped this way: resolution (GDS WCC over SAME_AS) must see exactly the evidence the
 * sources asserted, whatever order or how many times data arrives. Identifier nodes are MERGEd on
 * their key with order-independent properties (earliest/latest sighting). An event's evidence is a
 * function of its content-hashed id, so an event is written with all of it in one transaction: a
 * new event CREATEs its relationships and an existing one is skipped. Loading the same batches
 * twice is a no-op, transient failures are retried batch by batch, and no relationship is ever
 * MERGEd (a relationship MERGE's plan can degrade to a scan of every relationship of its type when
 * the planner's statistics are stale: 73 rows/s measured). Identity evidence is written as a star
 * per edge_id (n−1 edges, not a clique) because relationship writes are the load's bottleneck.
 * Every identifier written is labelled {@code PendingBuild} so that the entity build after
 * resolution knows what to recompute. While the identifiers are written, {@code load/event} is
 * planned and compiled on another thread ({@link PlanWarmup}). Events are written by a few writers
 * at once, each on events whose evidence shares no identifier with another writer's, so that they
 * never wait for each other's locks.
 *
 * <p>The schema ({@code GraphSchema.apply}) must be in place: the MERGEs rely on its constraints. A
 * statement that fails for good throws {@link GraphLoadException}.
 */
public final class GraphLoader {

  /**
   * Rows (identifiers, or events with their evidence) per UNWIND transaction unless told otherwise.
   * Smaller transactions of {@code load/event} cost Neo4j less CPU per event and let the writers
   * overlap (1 % increment on the large graph: 11.2–12.6 s of Neo4j CPU at 1,000 against 12.9–15.5
   * s at 5,000; docs/benchmarks.md, "Incremental load, 2026-11-23").
   */
  public static final int DEFAULT_BATCH_SIZE = 1_000;

  /**
   * Concurrent writers of each load statement unless told otherwise. Events are split so that
   * writers never touch the same identifier node ({@link DisjointBundles}), identifier rows are
   * each their own node; so a second writer can keep a second Neo4j core busy instead of waiting,
   * and two suits the 2-core servers the project targets. The gain needs a free core: on the
   * saturated machine of docs/benchmarks.md ("Incremental load, 2026-11-23") it was not measurable
   * for the events; the nightly identifier rows of the large scale (about 18,000) took 0.38-0.40 s
   * with two writers against 0.59 s with one on a server past its first nights.
   */
  public static final int DEFAULT_WRITERS = 2;

  private static final Logger LOG = LoggerFactory.getLogger(GraphLoader.class);

  private final Driver driver;
  private final int batchSize;
  private final LoadListener listener;
  private final int writers;

  public GraphLoader(Driver driver) {
    this(driver, DEFAULT_BATCH_SIZE, LoadListener.NONE);
  }

  /**
   * @param batchSize maximum rows per UNWIND transaction (positive)
   */
  public GraphLoader(Driver driver, int batchSize) {
    this(driver, batchSize, LoadListener.NONE);
  }

  /**
   * @param batchSize maximum rows per UNWIND transaction (positive)
   * @param listener told after every transaction how far the load is
   */
  public GraphLoader(Driver driver, int batchSize, LoadListener listener) {
    this(driver, batchSize, listener, DEFAULT_WRITERS);
  }

  /**
   * @param batchSize maximum rows per UNWIND transaction (positive)
   * @param listener told after every transaction how far the load is, one call at a time
   * @param writers at most this many transactions of one load statement at once (positive)
   */
  public GraphLoader(Driver driver, int batchSize, LoadListener listener, int writers) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("graph load batch size must be positive: " + batchSize);
    }
    if (writers < 1) {
      throw new IllegalArgumentException("graph load writers must be positive: " + writers);
    }
    this.driver = driver;
    this.batchSize = batchSize;
    this.listener = listener;
    this.writers = writers;
  }

  /**
   * Identifier rows in up to {@code writers} contiguous parts, each holding at least a batch: every
   * row is its own node (one per type and value), so the parts lock nothing in common.
   */
  private List<List<Map<String, Object>>> parts(List<Map<String, Object>> rows) {
    int parts = Math.max(1, Math.min(writers, rows.size() / batchSize));
    List<List<Map<String, Object>>> out = new ArrayList<>(parts);
    int size = (rows.size() + parts - 1) / parts;
    for (int from = 0; from < rows.size(); from += size) {
      out.add(rows.subList(from, Math.min(rows.size(), from + size)));
    }
    return out;
  }

  /** Loads the batches; idempotent. Returns the rows written per statement type. */
  public LoadResult load(List<EventLogBatch> batches) {
    long start = System.nanoTime();
    LoadPlan plan = LoadPlan.of(batches);
    UnwindWriter writer = new UnwindWriter(driver, batchSize, listener, plan.totalRows());
    try (PlanWarmup warmup = PlanWarmup.start(driver, "event")) {
      writer.writeParts("person-identifier", parts(plan.personIdentifiers()));
      writer.writeParts("group-identifier", parts(plan.groupIdentifiers()));
    }
    writer.writeParts("event", DisjointBundles.split(plan.eventBundles(), writers));
    LoadResult result = plan.result((System.nanoTime() - start) / 1_000_000);
    LOG.info(
        "graph load: {} events, {} person and {} group identifiers, {} traits ({} without"
            + " identifier), {} INVOLVES, {} SAME_AS, {} memberships in {} ms",
        result.events(),
        result.personIdentifiers(),
        result.groupIdentifiers(),
        result.traits(),
        result.traitsWithoutIdentifier(),
        result.involves(),
        result.sameAsEdges(),
        result.memberships(),
        result.elapsedMillis());
    return result;
  }
}
