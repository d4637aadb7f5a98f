package io.nexusgraph.bench.report;

import io.nexusgraph.bench.compare.PartitionDiff;
import io.nexusgraph.bench.incremental.IdStability;
import io.nexusgraph.bench.incremental.IncrementWriter;
import io.nexusgraph.bench.incremental.IncrementalRun;
import io.nexusgraph.bench.pipeline.StageTiming;
import io.nexusgraph.bench.quality.Figures;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report as markdown tables: what the run prints and writes next to the JSON. */
public final class MarkdownReport {

  private MarkdownReport() {}

  public static String render(BenchReport r) {
    StringBuilder b = new StringBuilder();
    b.append("## Benchmark: scale ")
        .append(r.settings().get("scale"))
        .append(", seed ")
        .append(r.settings().get("seed"))
        .append(", ")
        .append(r.data().get("records"))
        .append(" source records (")
        .append(r.date())
        .append(")\n\n");
    Machine m = r.machine();
    b.append(
        "Machine: %d cores (%s), %d MB memory, %s, %s. Neo4j heap %s, page cache %s.\n\n"
            .formatted(
                m.cores(),
                m.cpu(),
                m.memoryMb(),
                m.jdk(),
                m.os(),
                r.settings().get("neo4j_heap"),
                r.settings().get("neo4j_page_cache")));
    b.append(
        "Load average (1/5/15 min) at start %s, at end %s: above %d means other processes competed for the cores and wall times are inflated; CPU columns show the work done.\n\n"
            .formatted(r.loadAverageAtStart(), r.loadAverageAtEnd(), m.cores()));

    b.append("### Pipeline (default guardrails)\n\n");
    stages(b, r.pipeline());
    b.append(
        "\nLoad + resolve: **%s s**; end to end (parse + load + resolve): **%s s**. Peak RSS is per stage%s.\n\n"
            .formatted(
                s(r.loadResolveMillis()),
                s(r.endToEndMillis()),
                r.memoryPeaksPerStage() ? "" : " (could not reset: peaks since process start)"));
    b.append("Graph: nodes ").append(r.nodes()).append("; relationships ");
    b.append(r.relationships()).append(".\n\n");
    b.append("Resolution again with guardrails off:\n\n");
    stages(b, r.resolveWithoutGuardrails());

    b.append("\n### Quality against the ground truth\n\n");
    b.append(
        "| resolution | precision | recall | F1 | true entities | predicted | over-merged |"
            + " under-merged | largest component | scored ids | scored but excluded |\n");
    b.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Figures f : r.quality()) {
      b.append(
          "| %s | %.4f | %.4f | %.4f | %d | %d | %d | %d | %d | %d | %d |\n"
              .formatted(
                  f.name(),
                  f.precision(),
                  f.recall(),
                  f.f1(),
                  f.trueEntities(),
                  f.predictedEntities(),
                  f.overMerged(),
                  f.underMerged(),
                  f.largestComponent(),
                  f.scored(),
                  f.scoredExcluded()));
    }

    b.append("\n### Side by side: components on the same evidence (guardrails off)\n\n");
    b.append(
        "| approach | components step s | ours/this | with keys read back s | ours/this |"
            + " end to end s | ours/this | partition vs ours |\n");
    b.append("|---|---|---|---|---|---|---|---|\n");
    for (ApproachRow a : r.approaches()) {
      b.append(
          "| %s | %s | %.3f | %s | %.3f | %s | %.3f | %s |\n"
              .formatted(
                  a.approach(),
                  s(a.componentsMillis()),
                  a.oursOverThisComponents(),
                  s(a.withReadMillis()),
                  a.oursOverThisWithRead(),
                  s(a.endToEndMillis()),
                  a.oursOverThisEndToEnd(),
                  a.vsOurs().isEmpty() ? "(reference)" : diffs(a.vsOurs())));
    }
    b.append(
        ("\nGDS components step: %d identifiers, %d relationships projected, %d components;"
                + " keys read back in %s s. SQL: %s\n")
            .formatted(
                r.gdsComponents().nodes(),
                r.gdsComponents().relationships(),
                r.gdsComponents().components(),
                s(r.gdsComponents().readMillis()),
                r.sql()));

    IncrementalRun.Result inc = r.incremental();
    b.append("\n### Incremental: %s\n\n".formatted(events(inc.plan())));
    b.append(
        "Incremental, the first Bolt load after the bulk import restarted Neo4j (parse + load +"
            + " resolve of the new events):\n\n");
    stages(b, inc.incremental());
    b.append(
        ("\nThe next increment on the same server, as a service that keeps running would see it the"
                + " next night: %s.\n\n")
            .formatted(events(inc.nextPlan())));
    stages(b, inc.next());
    b.append(
        ("\n%d nights more on the same server, %d new events each, as a service that has run for a week"
                + " sees them (the JIT compilers of a freshly started server take about half of its"
                + " CPU on its first nights); the median of the last %d is the settled figure:\n\n")
            .formatted(inc.later().size(), inc.plan().events(), settledNights(inc)));
    b.append(
        "| night | new events | merges | load s | resolve persons s | resolve groups s | total s | of the rebuild |\n");
    b.append("|---|---|---|---|---|---|---|---|\n");
    for (IncrementalRun.Night night : inc.later()) {
      b.append(
          "| %d | %d | %d | %s | %s | %s | %s | %.1f%% |\n"
              .formatted(
                  night.night(),
                  night.plan().events(),
                  night.plan().merges(),
                  s(stageMillis(night.timings(), "load")),
                  s(stageMillis(night.timings(), "resolve persons")),
                  s(stageMillis(night.timings(), "resolve groups")),
                  s(night.millis()),
                  inc.rebuildMillis() == 0 ? 0.0 : 100.0 * night.millis() / inc.rebuildMillis()));
    }
    b.append(
        "\nFull rebuild (wipe %s s not counted; load + resolve of everything):\n\n"
            .formatted(s(inc.wipeMillis())));
    stages(b, inc.rebuild());
    b.append(
        ("\nIncremental **%s s** (the first), **%s s** (the next) and **%s s** (settled) vs rebuild"
                + " **%s s**: %.1f%%, %.1f%% and %.1f%%.\n\n")
            .formatted(
                s(inc.incrementalMillis()),
                s(inc.nextMillis()),
                s(inc.settledMillis()),
                s(inc.rebuildMillis()),
                100 * inc.ratio(),
                100 * inc.nextRatio(),
                100 * inc.settledRatio()));
    for (Map.Entry<?, IdStability.Figures> e : inc.stability().entrySet()) {
      IdStability.Figures f = e.getValue();
      b.append(
          "- %s: %d entities touched, %d new identifiers; %d identifiers of untouched entities, **%d changed id** (%d entities)\n"
              .formatted(
                  e.getKey().toString().toLowerCase(Locale.ROOT),
                  f.touchedEntities(),
                  f.newIdentifiers(),
                  f.untouchedIdentifiers(),
                  f.untouchedChanged(),
                  f.untouchedEntitiesChanged()));
    }
    inc.incrementalVsRebuild()
        .forEach(
            (kind, d) ->
                b.append(
                    "- %s: rebuild partition vs incremental: %s\n"
                        .formatted(kind.toString().toLowerCase(Locale.ROOT), diff(d))));

    if (r.product() != null) {
      ProductMarkdown.render(b, r.product());
    }

    b.append("\n### Targets\n\n| target | measured | met |\n|---|---|---|\n");
    for (Target t : r.targets()) {
      b.append(
          "| %s | %s | %s |\n"
              .formatted(
                  t.target(),
                  t.measured(),
                  t.met() == null
                      ? "n/a" + (t.note().isEmpty() ? "" : " (" + t.note() + ")")
                      : t.met() ? "yes" : "**no**"));
    }
    if (!r.notMeasured().isEmpty()) {
      b.append("\n### Not measured\n\n");
      r.notMeasured().forEach(n -> b.append("- ").append(n).append('\n'));
    }
    return b.toString();
  }

  private static void stages(StringBuilder b, List<StageTiming> stages) {
    b.append(
        "| stage | wall s | rows | rows/s | rows are | CPU s bench | CPU s Neo4j | peak RSS bench MB"
            + " | peak RSS Neo4j MB |\n");
    b.append("|---|---|---|---|---|---|---|---|---|\n");
    for (StageTiming t : stages) {
      b.append(
          "| %s | %s | %d | %d | %s | %s | %s | %d | %d |\n"
              .formatted(
                  t.name(),
                  s(t.millis()),
                  t.rows(),
                  t.rowsPerSecond(),
                  t.unit(),
                  s(t.benchCpuMillis()),
                  t.neo4jCpuMillis() < 0 ? "n/a" : s(t.neo4jCpuMillis()),
                  t.benchPeakRssMb(),
                  t.neo4jPeakRssMb()));
    }
  }

  private static String diffs(Map<String, PartitionDiff> byKind) {
    StringBuilder b = new StringBuilder();
    byKind.forEach(
        (kind, d) -> b.append(b.isEmpty() ? "" : "; ").append(kind).append(": ").append(diff(d)));
    return b.toString();
  }

  private static String diff(PartitionDiff d) {
    return d.equal()
        ? "equal (" + d.referenceEntities() + " entities)"
        : d.splitEntities()
            + " of "
            + d.referenceEntities()
            + " entities split, "
            + d.mergedEntities()
            + " merged";
  }

  static String s(long millis) {
    return String.format(Locale.ROOT, "%.2f", millis / 1000.0);
  }

  private static int settledNights(IncrementalRun.Result inc) {
    return Math.min(IncrementalRun.SETTLED_NIGHTS, inc.later().size());
  }

  /** The wall time of the stage named {@code name}; 0 when there is none. */
  private static long stageMillis(List<StageTiming> timings, String name) {
    return timings.stream().filter(t -> t.name().equals(name)).mapToLong(StageTiming::millis).sum();
  }

  private static String events(IncrementWriter.Plan plan) {
    return "%d new events (%d joins, %d merges, %d activity)"
        .formatted(plan.events(), plan.joins(), plan.merges(), plan.activity());
  }
}
