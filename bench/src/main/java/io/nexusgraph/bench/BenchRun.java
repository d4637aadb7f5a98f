package io.nexusgraph.bench;

import io.nexusgraph.bench.compare.Evidence;
import io.nexusgraph.bench.compare.GdsComponents;
import io.nexusgraph.bench.compare.Partition;
import io.nexusgraph.bench.compare.SqlApproach;
import io.nexusgraph.bench.compare.UnionFindComponents;
import io.nexusgraph.bench.data.DataSet;
import io.nexusgraph.bench.graph.GraphOps;
import io.nexusgraph.bench.incremental.IncrementalRun;
import io.nexusgraph.bench.pipeline.BulkImport;
import io.nexusgraph.bench.pipeline.LoadStage;
import io.nexusgraph.bench.pipeline.Meters;
import io.nexusgraph.bench.pipeline.ParseStage;
import io.nexusgraph.bench.pipeline.Pipeline;
import io.nexusgraph.bench.pipeline.ResolveStage;
import io.nexusgraph.bench.pipeline.Stage;
import io.nexusgraph.bench.pipeline.StageContext;
import io.nexusgraph.bench.pipeline.StageTiming;
import io.nexusgraph.bench.product.ProductResult;
import io.nexusgraph.bench.product.ProductStage;
import io.nexusgraph.bench.quality.Figures;
import io.nexusgraph.bench.quality.GroundTruthFile;
import io.nexusgraph.bench.quality.PairwiseQuality;
import io.nexusgraph.bench.quality.Prediction;
import io.nexusgraph.bench.quality.Truth;
import io.nexusgraph.bench.report.BenchReport;
import io.nexusgraph.bench.report.Machine;
import io.nexusgraph.bench.servers.JfrProfile;
import io.nexusgraph.graph.resolution.Guardrails;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One benchmark run on running servers, in this order: the real product on the data (when given a
 * product stage: {@code nexus run}, then {@code nexus serve} under API load, in JVMs and servers of
 * their own, before anything else loads the machine); the pipeline with default guardrails (parse,
 * load, resolve) and its quality; resolution again without guardrails (quality, and the partition
 * the other approaches must reproduce); our components step alone; the union-find and SQL
 * approaches on the same evidence; resolution with defaults restored; the incremental case and a
 * full rebuild. The graph is wiped first.
 */
public final class BenchRun {

  private static final Logger LOG = LoggerFactory.getLogger(BenchRun.class);

  private final BenchOptions options;
  private final Driver driver;
  private final DataSource dataSource;
  private final Meters meters;
  private final Clock clock;
  private final Optional<ProductStage> product;
  private final Optional<BulkImport> bulk;

  /**
   * @param bulk loads the first load and the full rebuild into the empty graph with Neo4j's offline
   *     importer; empty: everything is loaded over Bolt
   */
  public BenchRun(
      BenchOptions options,
      Driver driver,
      DataSource dataSource,
      Meters meters,
      Clock clock,
      Optional<ProductStage> product,
      Optional<BulkImport> bulk) {
    this.bulk = bulk;
    this.options = options;
    this.driver = driver;
    this.dataSource = dataSource;
    this.meters = meters;
    this.clock = clock;
    this.product = product;
  }

  public BenchReport run() {
    String loadAtStart = Machine.loadAverage();
    DataSet data = DataSet.prepare(options.dataCache(), options.seed(), options.scale());
    LOG.info(
        "Data: {} records in {} ({})",
        data.totalRecords(),
        data.directory(),
        data.reused() ? "reused" : "generated in " + data.generatedMillis() + " ms");
    ProductResult productResult = product.map(p -> p.run(data)).orElse(null);
    GraphOps graph = new GraphOps(driver);
    bulk.ifPresentOrElse(BulkImport::emptyGraph, graph::wipe);
    Pipeline pipeline = new Pipeline(meters);

    LOG.info("Pipeline with default guardrails: parse, load, resolve");
    StageContext main =
        new StageContext(driver, clock, Guardrails.defaults(), "bench-main", List.of());
    List<StageTiming> stages = profiled(() -> pipeline.run(pipelineStages(data), main));
    Map<String, Long> nodes = graph.nodeCounts();
    Map<String, Long> relationships = graph.relationshipCounts();

    Map<EntityKind, Truth> truth = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      truth.put(kind, GroundTruthFile.read(data.groundTruth(), kind));
    }
    List<Figures> quality = new ArrayList<>();
    Map<EntityKind, Partition> withDefaults =
        score(graph, truth, "ours, default guardrails", quality);

    LOG.info("Resolution without guardrails (the partition the other approaches must reproduce)");
    resetResolution(graph);
    List<StageTiming> off =
        pipeline.run(
            resolveStages(),
            new StageContext(driver, clock, Guardrails.off(), "bench-off", List.of()));
    Map<EntityKind, Partition> ours = score(graph, truth, "ours, guardrails off", quality);

    LOG.info("Components step alone: GDS projection + WCC");
    GdsComponents.Result gds = GdsComponents.run(driver);
    Evidence evidence = Evidence.of(main.batches());
    LOG.info("Union-find over {} observations", evidence.size());
    UnionFindComponents.Result unionFind = UnionFindComponents.run(evidence);
    LOG.info("SQL approach on PostgreSQL");
    SqlApproach.Result sql = new SqlApproach(dataSource, options.sql()).run(evidence);
    for (EntityKind kind : EntityKind.values()) {
      quality.add(
          PairwiseQuality.measure(
              "SQL " + sql.boundedHops() + " hops, " + kind.columnValue(),
              predictions(sql.bounded().get(kind)),
              truth.get(kind)));
      quality.add(
          PairwiseQuality.measure(
              "SQL converged, " + kind.columnValue(),
              predictions(sql.converged().get(kind)),
              truth.get(kind)));
    }

    LOG.info("Default guardrails restored; incremental case and full rebuild");
    resetResolution(graph);
    pipeline.run(
        resolveStages(),
        new StageContext(driver, clock, Guardrails.defaults(), "bench-main", List.of()));
    Map<EntityKind, Partition> restored = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      restored.put(kind, Partition.of(graph.predictions(kind)));
    }
    boolean sameIdsAgain = restored.equals(withDefaults);
    IncrementalRun.Result incremental =
        new IncrementalRun(driver, clock, pipeline, bulk)
            .run(
                main.batches(),
                data.directory().resolve("increment-" + options.incrementPercent()),
                options.incrementEvents(data.totalRecords()),
                options.seed());

    return new ReportAssembler(options, data, meters)
        .assemble(
            Machine.describe(),
            loadAtStart,
            stages,
            nodes,
            relationships,
            off,
            quality,
            gds,
            unionFind,
            sql,
            ours,
            incremental,
            sameIdsAgain,
            productResult);
  }

  /** Runs {@code work}, recorded with JFR in both JVMs when asked to; writes the summaries. */
  private <T> T profiled(Supplier<T> work) {
    if (!options.profile()) {
      return work.get();
    }
    String scale = options.scale().name();
    List<JfrProfile> profiles = new ArrayList<>();
    meters
        .neo4jPid()
        .ifPresent(
            pid ->
                profiles.add(JfrProfile.start(pid, options.out().resolve(scale + "-neo4j.jfr"))));
    profiles.add(
        JfrProfile.start(
            ProcessHandle.current().pid(), options.out().resolve(scale + "-bench.jfr")));
    T result = work.get();
    for (JfrProfile profile : profiles) {
      String summary = profile.stopAndSummarise();
      Path text =
          profile
              .file()
              .resolveSibling(profile.file().getFileName().toString() + ".hot-methods.txt");
      try {
        Files.writeString(text, summary, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + text, e);
      }
      LOG.info("Profile of the pipeline: {} (summary {})", profile.file(), text);
    }
    return result;
  }

  private List<Stage> pipelineStages(DataSet data) {
    List<Stage> stages = new ArrayList<>();
    stages.add(new ParseStage(data.directory(), data.recordsPerSource().keySet()));
    stages.add(new LoadStage(bulk));
    stages.addAll(resolveStages());
    return stages;
  }

  private static List<Stage> resolveStages() {
    return List.of(new ResolveStage(EntityKind.PERSON), new ResolveStage(EntityKind.GROUP));
  }

  private static void resetResolution(GraphOps graph) {
    for (EntityKind kind : EntityKind.values()) {
      graph.resetResolution(kind);
    }
  }

  /** Scores the graph's current resolution per kind; returns its partitions. */
  private static Map<EntityKind, Partition> score(
      GraphOps graph, Map<EntityKind, Truth> truth, String name, List<Figures> into) {
    Map<EntityKind, Partition> partitions = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      List<Prediction> predictions = graph.predictions(kind);
      into.add(
          PairwiseQuality.measure(name + ", " + kind.columnValue(), predictions, truth.get(kind)));
      partitions.put(kind, Partition.of(predictions));
    }
    return partitions;
  }

  private static List<Prediction> predictions(Partition partition) {
    List<Prediction> out = new ArrayList<>();
    partition.labels().forEach((key, label) -> out.add(new Prediction(key, label, false)));
    return out;
  }

  static Map<String, Object> settings(BenchOptions o) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("scale", o.scale().name());
    s.put("target_events", o.scale().targetEvents());
    s.put("seed", o.seed());
    s.put("neo4j_heap", o.neo4jHeap());
    s.put("neo4j_page_cache", o.neo4jPageCache());
    s.put("sql_work_mem", o.sql().workMem());
    s.put("sql_bounded_hops", o.sql().boundedHops());
    s.put("increment_percent", o.incrementPercent());
    return s;
  }
}
