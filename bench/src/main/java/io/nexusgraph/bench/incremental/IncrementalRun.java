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
 * The incremental case on a resolved graph: new events are parsed, loaded and resolved on top, then
 * as many again on the same server (the next night of a service that keeps running: the first
 * increment is the first Bolt load after the bulk import restarted Neo4j, with cold plans and
 * caches), then {@link #LATER_NIGHTS} nights more, of which the last {@link #SETTLED_NIGHTS} give
 * the settled figure (their median): a server's JIT compilers keep working through its first
 * nights, about half of its CPU on the first two at the large scale. Then the graph is wiped and
 * everything (old and new) is loaded and resolved again. Reports the times, whether the increments
 * and the rebuild give the same partition, and how many identifiers of entities the first increment
 * did not touch changed their id (must be 0).
 */
public final class IncrementalRun {

  /** Nights on the same server after the next one. */
  public static final int LATER_NIGHTS = 5;

  /** The last later nights, whose median is the settled figure. */
  public static final int SETTLED_NIGHTS = 3;

  /**
   * One of the later nights.
   *
   * @param night its number on this server (the first increment is night 1)
   * @param millis parse + load + resolve
   */
  public record Night(
      int night, IncrementWriter.Plan plan, List<StageTiming> timings, long millis) {}

  /**
   * @param incremental parse + load + resolve of the first increment's events only
   * @param next the same for the next increment, on the same server
   * @param rebuild load + resolve of everything on an empty graph (parsing not repeated)
   * @param ratio first increment / rebuild wall time
   * @param nextRatio next increment / rebuild wall time
   * @param later the nights after the next one, on the same server
   * @param settledMillis the median of the last {@link #SETTLED_NIGHTS} later nights
   * @param settledRatio settled / rebuild wall time
   * @param stability per kind, what happened to the ids of entities the first increment did not
   *     touch
   * @param incrementalVsRebuild per kind, the rebuild's partition against the one after both
   *     increments
   */
  public record Result(
      IncrementWriter.Plan plan,
      List<StageTiming> incremental,
      long incrementalMillis,
      IncrementWriter.Plan nextPlan,
      List<StageTiming> next,
      long nextMillis,
      long wipeMillis,
      List<StageTiming> rebuild,
      long rebuildMillis,
      double ratio,
      double nextRatio,
      List<Night> later,
      long settledMillis,
      double settledRatio,
      Map<EntityKind, IdStability.Figures> stability,
      Map<EntityKind, PartitionDiff> incrementalVsRebuild) {}

  /** One increment: what was written, how long each stage took, the batches it loaded. */
  private record Increment(
      IncrementWriter.Plan plan, List<StageTiming> timings, List<EventLogBatch> batches) {}

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
    Increment first =
        increment(directory, before.get(EntityKind.PERSON), events, seed, "bench-increment");
    Map<EntityKind, List<Prediction>> afterFirst = predictions(graph);
    Map<EntityKind, IdStability.Figures> stability = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      stability.put(
          kind,
          IdStability.measure(
              before.get(kind), afterFirst.get(kind), IdStability.keysIn(first.batches(), kind)));
    }
    Increment next =
        increment(
            directory.resolveSibling(directory.getFileName() + "-next"),
            afterFirst.get(EntityKind.PERSON),
            events,
            seed + 1,
            "bench-increment-next");
    List<Night> later = new ArrayList<>();
    List<EventLogBatch> laterBatches = new ArrayList<>();
    for (int night = 3; night < 3 + LATER_NIGHTS; night++) {
      Increment increment =
          increment(
              directory.resolveSibling(directory.getFileName() + "-night-" + night),
              graph.predictions(EntityKind.PERSON),
              events,
              seed + night,
              "bench-increment-night-" + night);
      later.add(
          new Night(night, increment.plan(), increment.timings(), total(increment.timings())));
      laterBatches.addAll(increment.batches());
    }
    Map<EntityKind, List<Prediction>> after = predictions(graph);

    long wipeStart = System.nanoTime();
    // deleting the store is seconds where a Cypher delete of the large graph took minutes
    bulk.ifPresentOrElse(BulkImport::emptyGraph, graph::wipe);
    long wipeMillis = (System.nanoTime() - wipeStart) / 1_000_000;
    List<EventLogBatch> all = new ArrayList<>(base);
    all.addAll(first.batches());
    all.addAll(next.batches());
    all.addAll(laterBatches);
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
    long incrementalMillis = total(first.timings());
    long nextMillis = total(next.timings());
    long rebuildMillis = total(rebuild);
    long settledMillis = settled(later);
    return new Result(
        first.plan(),
        first.timings(),
        incrementalMillis,
        next.plan(),
        next.timings(),
        nextMillis,
        wipeMillis,
        rebuild,
        rebuildMillis,
        rebuildMillis == 0 ? 0 : (double) incrementalMillis / rebuildMillis,
        rebuildMillis == 0 ? 0 : (double) nextMillis / rebuildMillis,
        later,
        settledMillis,
        rebuildMillis == 0 ? 0 : (double) settledMillis / rebuildMillis,
        stability,
        diffs);
  }

  /**
   * Writes {@code events} new events into {@code directory}, then parses, loads and resolves them.
   */
  private Increment increment(
      Path directory, List<Prediction> persons, int events, long seed, String runId) {
    IncrementWriter.Plan plan = IncrementWriter.write(directory, persons, events, seed);
    StageContext context = new StageContext(driver, clock, Guardrails.defaults(), runId, List.of());
    List<StageTiming> timings =
        pipeline.run(
            List.of(
                new ParseStage(directory, List.of("segment")),
                new LoadStage(),
                new ResolveStage(EntityKind.PERSON),
                new ResolveStage(EntityKind.GROUP)),
            context);
    if (context.batches().size() != plan.events()) {
      throw new IllegalStateException(
          "the increment in "
              + directory
              + " has "
              + plan.events()
              + " events but "
              + context.batches().size()
              + " were accepted: the rest were rejected while parsing");
    }
    return new Increment(plan, timings, context.batches());
  }

  private static Map<EntityKind, List<Prediction>> predictions(GraphOps graph) {
    Map<EntityKind, List<Prediction>> out = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      out.put(kind, graph.predictions(kind));
    }
    return out;
  }

  /** The median time of the last {@link #SETTLED_NIGHTS} of {@code later}. */
  public static long settled(List<Night> later) {
    return settledMillis(later.stream().map(Night::millis).toList());
  }

  /** The median of the last {@link #SETTLED_NIGHTS} of nights' {@code millis}, in night order. */
  public static long settledMillis(List<Long> millis) {
    long[] last =
        millis.subList(millis.size() - SETTLED_NIGHTS, millis.size()).stream()
            .mapToLong(Long::longValue)
            .sorted()
            .toArray();
    return last[last.length / 2];
  }

  private static long total(List<StageTiming> timings) {
    return timings.stream().mapToLong(StageTiming::millis).sum();
  }
}
