package io.nexusgraph.bench.report;

import io.nexusgraph.bench.api.ApiLoad;
import io.nexusgraph.bench.api.IngestResult;
import io.nexusgraph.bench.api.LookupResult;
import io.nexusgraph.bench.api.WarmUp;
import io.nexusgraph.bench.incremental.IncrementalRun;
import io.nexusgraph.bench.product.ProductResult;
import io.nexusgraph.bench.product.ProductStageTiming;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The product stage's part of the markdown report: the run's stages, then the API load. */
final class ProductMarkdown {

  private ProductMarkdown() {}

  static void render(StringBuilder b, ProductResult p) {
    b.append("\n### The product: `nexus run`, then `nexus serve` under API load\n\n");
    b.append("The service jar, each command in a JVM of its own, with ")
        .append(p.servers())
        .append(". Stage figures are the run's own (`GET /v1/runs/")
        .append(p.runId())
        .append("`).\n\n");
    runTable(b, p.stages(), p.runProcessMillis());
    nightly(b, p);
    servedNights(b, p);
    b.append(
        String.format(
            Locale.ROOT,
            "\nPeak RSS (VmHWM, sampled every 250 ms): `nexus run` service JVM %s, its Neo4j JVM"
                + " %s; `nexus serve` (start to end of the load, its nights included) service JVM"
                + " %s, its Neo4j JVM %s."
                + " `serve` answered `/health` %s s after it started.\n",
            mb(p.runPeaks().serviceMb()),
            mb(p.runPeaks().neo4jMb()),
            mb(p.servePeaks().serviceMb()),
            mb(p.servePeaks().neo4jMb()),
            MarkdownReport.s(p.serveStartMillis())));
    api(b, p.api());
  }

  /** The night after: its stages, and both totals against the first run's. */
  private static void nightly(StringBuilder b, ProductResult p) {
    ProductResult.Nightly n = p.nightly();
    long first = stagesMillis(p.stages());
    long night = stagesMillis(n.stages());
    b.append(
        String.format(
            Locale.ROOT,
            "\nThe night after: `nexus run` again, a new process over %d new events only (the"
                + " increment generator's Segment calls by the ground truth's people, in a source of"
                + " their own; run `%s`).\n\n",
            n.events(),
            n.runId()));
    runTable(b, n.stages(), n.processMillis());
    b.append(
        String.format(
            Locale.ROOT,
            "\nThe night after against the first run: stages %s s of %s s (%.1f %%), whole"
                + " process %s s of %s s (%.1f %%).\n",
            MarkdownReport.s(night),
            MarkdownReport.s(first),
            percent(night, first),
            MarkdownReport.s(n.processMillis()),
            MarkdownReport.s(p.runProcessMillis()),
            percent(n.processMillis(), p.runProcessMillis())));
  }

  /**
   * The nights {@code serve} ran: per night its stages, and the settled figure (the median of the
   * last nights' stage totals) against the first run's.
   */
  private static void servedNights(StringBuilder b, ProductResult p) {
    List<ProductResult.ServedNight> nights = p.servedNights();
    if (nights.size() < IncrementalRun.SETTLED_NIGHTS) {
      return;
    }
    long first = stagesMillis(p.stages());
    b.append(
        String.format(
            Locale.ROOT,
            "\nNights on the running service: `nexus serve` ran %d nights before the load below,"
                + " each started with `POST /v1/runs` (as `NEXUS_RUN_SCHEDULE` starts them) over"
                + " %d new events of a source of its own; its servers stayed up between nights. The"
                + " median of the last %d is the settled figure.\n\n",
            nights.size(),
            nights.getFirst().events(),
            IncrementalRun.SETTLED_NIGHTS));
    b.append(
        "| night | run | ingest s | load s | resolve s | project s | stages s | run s | of the"
            + " first run's stages |\n|---|---|---|---|---|---|---|---|---|\n");
    List<Long> totals = new ArrayList<>();
    for (int i = 0; i < nights.size(); i++) {
      ProductResult.ServedNight n = nights.get(i);
      long total = stagesMillis(n.stages());
      totals.add(total);
      b.append("| ").append(i + 1).append(" | `").append(n.runId()).append("` | ");
      n.stages().forEach(s -> b.append(MarkdownReport.s(s.millis())).append(" | "));
      b.append(
          String.format(
              Locale.ROOT,
              "%s | %s | %.1f %% |\n",
              MarkdownReport.s(total),
              MarkdownReport.s(n.runMillis()),
              percent(total, first)));
    }
    long settled = IncrementalRun.settledMillis(totals);
    b.append(
        String.format(
            Locale.ROOT,
            "\nSettled night on the running service against the first run: stages %s s of %s s"
                + " (%.1f %%).\n",
            MarkdownReport.s(settled),
            MarkdownReport.s(first),
            percent(settled, first)));
  }

  /** A run's stages, then its whole process. */
  private static void runTable(
      StringBuilder b, List<ProductStageTiming> stages, long processMillis) {
    b.append("| stage | wall s | rows | rows/s | rows are |\n|---|---|---|---|---|\n");
    for (ProductStageTiming s : stages) {
      b.append(
          "| %s | %s | %d | %d | %s |\n"
              .formatted(
                  s.name(), MarkdownReport.s(s.millis()), s.rows(), s.rowsPerSecond(), s.unit()));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "| `nexus run` (whole process) | %s | | | the run, plus the JVM and the servers"
                + " starting and stopping |\n",
            MarkdownReport.s(processMillis)));
  }

  private static long stagesMillis(List<ProductStageTiming> stages) {
    return stages.stream().mapToLong(ProductStageTiming::millis).sum();
  }

  private static double percent(long part, long whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  private static void api(StringBuilder b, ApiLoad.Result a) {
    b.append(
        String.format(
            Locale.ROOT,
            "\n#### Person lookups, open loop on loopback\n\n"
                + "`GET /v1/persons?identifier=type:value` from the benchmark JVM over keep-alive"
                + " HTTP/1.1 connections (Netty, one event loop, one request per connection at a"
                + " time), requests at fixed arrival times; latency from each request's"
                + " scheduled time to its answer (no coordinated omission). Not counted: %,d"
                + " lookups in %.0f s at the highest rate first (the service JVM's JIT warm-up; %s),"
                + " then %d s warm-up per rate. Identifiers: %d ground-truth person identifiers with"
                + " one owner and no trap, in a seeded order; some never appear in the exports, so"
                + " 404 is part of the mix. Errors: any status but 2xx and 404, or no answer in %d"
                + " s. CPU s JIT: the service's JIT compiler threads, part of its CPU s.\n\n",
            a.warmUp().lookups(),
            a.warmUp().seconds(),
            settling(a.warmUp()),
            a.settings().warmUp().toSeconds(),
            a.identifiers(),
            a.settings().requestTimeout().toSeconds()));
    b.append(
        "| target req/s | s | sent | found | 404 | errors | achieved req/s | p50 ms | p90 ms |"
            + " p99 ms | max ms | CPU s service | CPU s JIT | CPU s client |\n"
            + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (LookupResult l : a.lookups()) {
      b.append(
          String.format(
              Locale.ROOT,
              "| %d | %.0f | %d | %d | %d | %d | %.1f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |"
                  + " %.2f |\n",
              l.targetRate(),
              l.seconds(),
              l.sent(),
              l.found(),
              l.notFound(),
              l.errors(),
              l.achievedPerSecond(),
              l.latency().p50Ms(),
              l.latency().p90Ms(),
              l.latency().p99Ms(),
              l.latency().maxMs(),
              l.cpu().serviceSeconds(),
              l.cpu().serviceJitSeconds(),
              l.cpu().clientSeconds()));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "\n#### Event ingest, `POST /v1/events`\n\n"
                + "Generated page-view events (anonymous id + a sample email), one warm-up batch per"
                + " size, then per size a series with one batch in flight and one with two (client"
                + " threads each posting their next batch when the last is answered); %s lacks"
                + " `occurred_at` and must be rejected. s: first send to last answer; batch"
                + " latency from sending a body to reading its answer."
                + "\n\n",
            a.settings().rejectEvery() == 0
                ? "no event"
                : "one event in " + a.settings().rejectEvery()));
    b.append(
        "| batch size | in flight | batches | events | accepted | rejected | expected rejected | HTTP errors |"
            + " s | events/s | batch p50 ms | batch max ms | CPU s service | CPU s client |"
            + " reconciled |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (IngestResult i : a.ingest()) {
      b.append(
          String.format(
              Locale.ROOT,
              "| %d | %d | %d | %d | %d | %d | %d | %d | %.2f | %.0f | %.1f | %.1f | %.2f | %.2f |"
                  + " %s |\n",
              i.batchSize(),
              i.inFlight(),
              i.batches(),
              i.events(),
              i.accepted(),
              i.rejected(),
              i.expectedRejected(),
              i.httpErrors(),
              i.seconds(),
              i.eventsPerSecond(),
              i.batchLatency().p50Ms(),
              i.batchLatency().maxMs(),
              i.cpu().serviceSeconds(),
              i.cpu().clientSeconds(),
              i.reconciles() ? "yes" : "**no**"));
    }
  }

  private static String settling(WarmUp w) {
    if (w.lastJitShare() < 0) {
      return "no settling rounds";
    }
    return String.format(
        Locale.ROOT,
        "its compiler threads %s: %.0f %% of a core in the last 10 s",
        w.settled() ? "settled" : "had not settled within the limit",
        w.lastJitShare() * 100);
  }

  private static String mb(long mb) {
    return mb < 0 ? "n/a" : mb + " MB";
  }
}
