package io.nexusgraph.bench;

import io.nexusgraph.bench.compare.GdsComponents;
import io.nexusgraph.bench.compare.Partition;
import io.nexusgraph.bench.compare.PartitionDiff;
import io.nexusgraph.bench.compare.SqlApproach;
import io.nexusgraph.bench.compare.UnionFindComponents;
import io.nexusgraph.bench.data.DataSet;
import io.nexusgraph.bench.incremental.IdStability;
import io.nexusgraph.bench.incremental.IncrementalRun;
import io.nexusgraph.bench.pipeline.Meters;
import io.nexusgraph.bench.pipeline.StageTiming;
import io.nexusgraph.bench.product.ProductResult;
import io.nexusgraph.bench.quality.Figures;
import io.nexusgraph.bench.report.ApproachRow;
import io.nexusgraph.bench.report.BenchReport;
import io.nexusgraph.bench.report.Machine;
import io.nexusgraph.bench.report.Target;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the measurements of a run into its report: the side-by-side rows and the targets. */
final class ReportAssembler {

  /** What a run without the product stage ({@code --no-api}) does not measure. */
  static final List<String> WITHOUT_PRODUCT =
      List.of(
          "project stage (graph to PostgreSQL final tables) and the service JVM's memory: measured"
              + " by the product stage, skipped with --no-api",
          "API load (person lookup p50/p99 at fixed rates, event-batch ingest rate): measured by"
              + " the product stage, skipped with --no-api");

  private final BenchOptions options;
  private final DataSet data;
  private final Meters meters;

  ReportAssembler(BenchOptions options, DataSet data, Meters meters) {
    this.options = options;
    this.data = data;
    this.meters = meters;
  }

  BenchReport assemble(
      Machine machine,
      String loadAtStart,
      List<StageTiming> stages,
      Map<String, Long> nodes,
      Map<String, Long> relationships,
      List<StageTiming> off,
      List<Figures> quality,
      GdsComponents.Result gds,
      UnionFindComponents.Result unionFind,
      SqlApproach.Result sql,
      Map<EntityKind, Partition> ours,
      IncrementalRun.Result incremental,
      boolean sameIdsAgain,
      ProductResult product) {
    long parse = millis(stages, "parse+normalise");
    long loadResolve = stages.stream().mapToLong(StageTiming::millis).sum() - parse;
    long endToEnd = parse + loadResolve;
    long sqlLoad = sql.loadMillis();

    List<ApproachRow> rows = new ArrayList<>();
    long gdsWithRead = gds.millis() + gds.readMillis();
    rows.add(
        new ApproachRow(
            "ours: GDS WCC", gds.millis(), gdsWithRead, endToEnd, 1.0, 1.0, 1.0, Map.of()));
    Ours mine = new Ours(gds.millis(), gdsWithRead, endToEnd, ours);
    rows.add(
        row(
            "SQL, " + sql.boundedHops() + " hops",
            sql.boundedMillis(),
            sql.boundedMillis() + sql.readMillis(),
            parse + sqlLoad + sql.boundedMillis(),
            mine,
            sql.bounded()));
    rows.add(
        row(
            "SQL, to convergence (" + sql.convergedHops() + " hops)",
            sql.convergedMillis(),
            sql.convergedMillis() + sql.readMillis(),
            parse + sqlLoad + sql.convergedMillis(),
            mine,
            sql.converged()));
    rows.add(
        row(
            "union-find in Java",
            unionFind.millis(),
            unionFind.millis(),
            parse + unionFind.millis(),
            mine,
            unionFind.partitions()));

    Map<String, Object> sqlDetail = new LinkedHashMap<>();
    sqlDetail.put("observations", sql.observations());
    sqlDetail.put("nodes", sql.nodes());
    sqlDetail.put("edges_both_directions", sql.edges());
    sqlDetail.put("load_millis", sql.loadMillis());
    sqlDetail.put("edges_millis", sql.edgesMillis());
    sqlDetail.put("labels_init_millis", sql.initMillis());
    sqlDetail.put("hop_millis", sql.hopMillis());
    sqlDetail.put("hop_updates", sql.hopUpdates());
    sqlDetail.put("read_back_millis", sql.readMillis());

    Map<String, Object> dataFacts = new LinkedHashMap<>();
    dataFacts.put("directory", data.directory().toString());
    dataFacts.put("records_per_source", data.recordsPerSource());
    dataFacts.put("records", data.totalRecords());
    dataFacts.put("reused", data.reused());
    dataFacts.put("generated_millis", data.generatedMillis());
    dataFacts.put("same_ids_when_resolved_again", sameIdsAgain);

    return new BenchReport(
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
        machine,
        loadAtStart,
        Machine.loadAverage(),
        BenchRun.settings(options),
        dataFacts,
        stages,
        loadResolve,
        endToEnd,
        nodes,
        relationships,
        meters.resettable(),
        off,
        quality,
        gds,
        rows,
        sqlDetail,
        incremental,
        product,
        targets(loadResolve, gds, sql, quality, incremental, product),
        product == null ? WITHOUT_PRODUCT : List.of());
  }

  /** Our figures, which every other approach's row is divided into. */
  private record Ours(
      long components, long withRead, long endToEnd, Map<EntityKind, Partition> partitions) {}

  private static ApproachRow row(
      String name,
      long components,
      long withRead,
      long endToEnd,
      Ours ours,
      Map<EntityKind, Partition> theirs) {
    Map<String, PartitionDiff> diffs = new LinkedHashMap<>();
    for (EntityKind kind : EntityKind.values()) {
      diffs.put(
          kind.columnValue(), PartitionDiff.compare(ours.partitions().get(kind), theirs.get(kind)));
    }
    return new ApproachRow(
        name,
        components,
        withRead,
        endToEnd,
        ratio(ours.components(), components),
        ratio(ours.withRead(), withRead),
        ratio(ours.endToEnd(), endToEnd),
        diffs);
  }

  private List<Target> targets(
      long loadResolve,
      GdsComponents.Result gds,
      SqlApproach.Result sql,
      List<Figures> quality,
      IncrementalRun.Result incremental,
      ProductResult product) {
    boolean large = options.scale().name().equals("large");
    List<Target> out = new ArrayList<>();
    out.add(
        new Target(
            "large scale load + resolve <= 90 s",
            seconds(loadResolve) + " s at " + options.scale().name(),
            large ? loadResolve <= 90_000 : null,
            large ? "" : "the target is for the large scale"));
    double speedUp = ratio(sql.convergedMillis(), gds.millis());
    double speedUpBounded = ratio(sql.boundedMillis(), gds.millis());
    double speedUpWithRead =
        ratio(sql.convergedMillis() + sql.readMillis(), gds.millis() + gds.readMillis());
    out.add(
        new Target(
            "components step >= 20x faster than SQL",
            fmt(speedUp)
                + "x vs SQL to convergence ("
                + fmt(speedUpWithRead)
                + "x with both read back into identifier keys), "
                + fmt(speedUpBounded)
                + "x vs SQL 5 hops",
            speedUp >= 20,
            ""));
    long untouched =
        incremental.stability().values().stream()
            .mapToLong(IdStability.Figures::untouchedChanged)
            .sum();
    out.add(
        new Target(
            "incremental 1% <= 5% of a full run, on a server that has run for a week",
            fmt(100 * incremental.settledRatio())
                + "% settled (the median of its nights "
                + settledNights(incremental)
                + ": "
                + incremental.settledMillis()
                + " ms vs "
                + incremental.rebuildMillis()
                + " ms)",
            incremental.settledRatio() <= 0.05,
            ""));
    out.add(
        new Target(
            "incremental 1% <= 5% of a full run, on its first two nights after a start",
            fmt(100 * incremental.ratio())
                + "% the first after the import's restart, "
                + fmt(100 * incremental.nextRatio())
                + "% the next on the same server ("
                + incremental.incrementalMillis()
                + " and "
                + incremental.nextMillis()
                + " ms vs "
                + incremental.rebuildMillis()
                + " ms)",
            incremental.ratio() <= 0.05 && incremental.nextRatio() <= 0.05,
            ""));
    out.add(
        new Target(
            "0 changed ids for untouched entities", untouched + " changed", untouched == 0, ""));
    Figures persons =
        quality.stream()
            .filter(f -> f.name().equals("ours, default guardrails, person"))
            .findFirst()
            .orElseThrow();
    out.add(
        new Target(
            "pairwise precision >= 0.99 (persons, default guardrails)",
            fmt4(persons.precision()),
            persons.precision() >= 0.99,
            ""));
    out.add(
        new Target(
            "pairwise recall >= 0.98 (persons, default guardrails)",
            fmt4(persons.recall()),
            persons.recall() >= 0.98,
            ""));
    out.addAll(ProductTargets.of(product));
    return out;
  }

  private static long millis(List<StageTiming> stages, String name) {
    return stages.stream().filter(s -> s.name().equals(name)).mapToLong(StageTiming::millis).sum();
  }

  static double ratio(long a, long b) {
    return (double) a / Math.max(1, b);
  }

  static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
  }

  /** The numbers of the later nights the settled figure is the median of, as "5–7". */
  private static String settledNights(IncrementalRun.Result incremental) {
    List<IncrementalRun.Night> later = incremental.later();
    int last = later.getLast().night();
    return Math.max(later.getFirst().night(), last - IncrementalRun.SETTLED_NIGHTS + 1)
        + "–"
        + last;
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static String fmt4(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
