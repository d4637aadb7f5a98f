package io.nexusgraph.bench.incremental;

import io.nexusgraph.bench.compare.Partition;
import io.nexusgraph.bench.compare.PartitionDiff;
import io.nexusgraph.bench.graph.GraphOps;
import io.nexusgraph.bench.pipeline.BulkImport;
import io.nexusgraph.bench.pipeline.LoadStage;
import io.nexusgraph.bench.pipeline.ParseStage;
import io.nexusgraph.bench.pipeline.Pipeline;
import io.nexusgraph.bench.pipeline.ResolveStage;
import io.nexusgraph.bench.pipeline.StageContext;
import io.nexusgraph.bench.pipeline.StageTiming;
import io.nexusgraph.bench.quality.Prediction;
import io.nexusgraph.graph.resolution.Guardrails;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;

/**
 * The incremental case on a resolved graph: new events are parsed, loaded and resolved on top; then
 * the graph is wiped and everything (old and new) is loaded and resolved again. Reports both times,
 * whether both give the same partition, and how many identifiers of entities the new data did not
 * touch changed their id (must be 0).
 */
public final class IncrementalRun {

  /**
   * @param incremental parse + load + resolve of the new events only
   * @param rebuild load + resolve of everything on an empty graph (parsing not repeated)
   * @param ratio incremental / rebuild wall time
   * @param stability per kind, what happened to the ids of untouched entities
   * @param incrementalVsRebuild per kind, the rebuild's partition against the incremental one
   */
  public record Result(
      IncrementWriter.Plan plan,
      List<StageTiming> incremental,
      long incrementalMillis,
      long wipeMillis,
      List<StageTiming> rebuild,
      long rebuildMillis,
      double ratio,
      Map<EntityKind, IdStability.Figures> stability,
      Map<EntityKind, PartitionDiff> incrementalVsRebuild) {}

  private final Driver driver;
  private final Clock clock;
  private final Pipeline pipeline;
  private final Optional<BulkImport> bulk;

  /**
   * @param bulk loads the rebuild into the wiped graph with Neo4j's offline importer; empty: over
   *     Bolt (the increment is always loaded over Bolt)
   */
  public IncrementalRun(Driver driver, Clock clock, Pipeline pipeline, Optional<BulkImport> bulk) {
    this.bulk = bulk;
    this.driver = driver;
    this.clock = clock;
    this.pipeline = pipeline;
  }

  /**
   * @param base the batches already loaded and resolved (with default guardrails)
   * @param directory where to write the new events
   * @param events how many new events
   */
  public Result run(List<EventLogBatch> base, Path directory, int events, long seed) {
    GraphOps graph = new GraphOps(driver);
    Map<EntityKind, List<Prediction>> before = predictions(graph);
    IncrementWriter.Plan plan =
        IncrementWriter.write(directory, before.get(EntityKind.PERSON), events, seed);

    StageContext increment =
        new StageContext(driver, clock, Guardrails.defaults(), "bench-increment", List.of());
    List<StageTiming> incremental =
        pipeline.run(
            List.of(
                new ParseStage(directory, List.of("segment")),
                new LoadStage(),
                new ResolveStage(EntityKind.PERSON),
                new ResolveStage(EntityKind.GROUP)),
            increment);
    if (increment.batches().size() != plan.events()) {
      throw new IllegalStateException(
          "the increment in "
              + directory
              + " has "
              + plan.events()
              + " events but "
              + increment.batches().size()
              + " were accepted: the rest were rejected while parsing");
    }
    Map<EntityKind, List<Prediction>> after = predictions(graph);
    Map<EntityKind, IdStability.Figures> stability = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      stability.put(
          kind,
          IdStability.measure(
              before.get(kind), after.get(kind), IdStability.keysIn(increment.batches(), kind)));
    }

    long wipeStart = System.nanoTime();
    // deleting the store is seconds where a Cypher delete of the large graph took minutes
    bulk.ifPresentOrElse(BulkImport::emptyGraph, graph::wipe);
    long wipeMillis = (System.nanoTime() - wipeStart) / 1_000_000;
    List<EventLogBatch> all = new ArrayList<>(base);
    all.addAll(increment.batches());
    List<StageTiming> rebuild =
        pipeline.run(
            List.of(
                new LoadStage(bulk),
                new ResolveStage(EntityKind.PERSON),
                new ResolveStage(EntityKind.GROUP)),
            new StageContext(driver, clock, Guardrails.defaults(), "bench-rebuild", all));
    Map<EntityKind, PartitionDiff> diffs = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      diffs.put(
          kind,
          PartitionDiff.compare(
              Partition.of(after.get(kind)), Partition.of(graph.predictions(kind))));
    }
    long incrementalMillis = total(incremental);
    long rebuildMillis = total(rebuild);
    return new Result(
        plan,
        incremental,
        incrementalMillis,
        wipeMillis,
        rebuild,
        rebuildMillis,
        rebuildMillis == 0 ? 0 : (double) incrementalMillis / rebuildMillis,
        stability,
        diffs);
  }

  private static Map<EntityKind, List<Prediction>> predictions(GraphOps graph) {
    Map<EntityKind, List<Prediction>> out = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      out.put(kind, graph.predictions(kind));
    }
    return out;
  }

  private static long total(List<StageTiming> timings) {
    return timings.stream().mapToLong(StageTiming::millis).sum();
  }
}
