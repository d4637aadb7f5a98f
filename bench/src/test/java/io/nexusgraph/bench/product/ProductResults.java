package io.nexusgraph.bench.product;

import io.nexusgraph.bench.api.ApiLoad;
import io.nexusgraph.bench.api.ApiLoadSettings;
import io.nexusgraph.bench.api.CpuSpent;
import io.nexusgraph.bench.api.IngestResult;
import io.nexusgraph.bench.api.LatencySummary;
import io.nexusgraph.bench.api.LookupResult;
import io.nexusgraph.bench.api.WarmUp;
import java.util.List;

/** Product results with chosen figures, for report tests. */
public final class ProductResults {

  private ProductResults() {}

  /** A lookup phase at {@code rate} with these percentiles and errors. */
  public static LookupResult lookup(int rate, double p50, double p99, long errors) {
    long sent = rate * 15L;
    return new LookupResult(
        rate,
        15,
        sent,
        sent - 100 - errors,
        100,
        errors,
        rate - 0.5,
        new LatencySummary(sent, p50, p50 * 2, p99, p99 * 3),
        new CpuSpent(12.5, 0.75, 3.25));
  }

  /** A reconciled (or not) series in batches of {@code size}, 50,000 events in 2.5 s. */
  public static IngestResult ingest(int size, boolean reconciles) {
    return ingest(size, 1, 2.5, reconciles);
  }

  /** A series in batches of {@code size}, {@code inFlight} at a time, 50,000 events. */
  public static IngestResult ingest(int size, int inFlight, double seconds, boolean reconciles) {
    return new IngestResult(
        size,
        inFlight,
        50_000 / size,
        50_000,
        49_950,
        50,
        reconciles ? 50 : 49,
        0,
        seconds,
        50_000 / seconds,
        new LatencySummary(50_000 / size, 40, 45, 52.5, 60),
        reconciles,
        new CpuSpent(2.0, 0.1, -1));
  }

  public static ProductResult of(List<LookupResult> lookups, List<IngestResult> ingest) {
    return new ProductResult(
        "its own embedded Neo4j and PostgreSQL",
        "run_20261122T094259Z_8ae8d8",
        132_580,
        List.of(
            new ProductStageTiming("ingest", 10_701, 19_222, "source records read", 1796),
            new ProductStageTiming("load", 60_930, 19_222, "events loaded", 315),
            new ProductStageTiming("resolve", 55_012, 4504, "identifiers resolved", 81),
            new ProductStageTiming("project", 5750, 35_690, "final-table rows changed", 6201)),
        new RssPeaks(900, 1200),
        new ProductResult.Nightly(
            "run_20261122T094512Z_01ab23",
            192,
            19_830,
            List.of(
                new ProductStageTiming("ingest", 120, 192, "source records read", 1600),
                new ProductStageTiming("load", 1_380, 192, "events loaded", 139),
                new ProductStageTiming("resolve", 2_410, 880, "identifiers resolved", 365),
                new ProductStageTiming("project", 690, 1_020, "final-table rows changed", 1478))),
        41_250,
        new RssPeaks(700, -1),
        new ApiLoad.Result(
            ApiLoadSettings.defaults(2026),
            5071,
            new WarmUp(60_000, 60.0, 0.03, true),
            lookups,
            ingest),
        List.of(
            served("run_20261122T095010Z_000001", 4_950, 4_800),
            served("run_20261122T095020Z_000002", 3_100, 2_950),
            served("run_20261122T095030Z_000003", 2_500, 2_400),
            served("run_20261122T095040Z_000004", 2_700, 2_650),
            served("run_20261122T095050Z_000005", 2_400, 2_300)));
  }

  /** A night of 192 events on the running service, its stages adding up to {@code stagesMillis}. */
  private static ProductResult.ServedNight served(String runId, long runMillis, long stagesMillis) {
    return new ProductResult.ServedNight(
        runId,
        192,
        runMillis,
        List.of(
            new ProductStageTiming("ingest", 100, 192, "source records read", 1920),
            new ProductStageTiming("load", 500, 192, "events loaded", 384),
            new ProductStageTiming("resolve", stagesMillis - 900, 880, "identifiers resolved", 500),
            new ProductStageTiming("project", 300, 1_020, "final-table rows changed", 3400)));
  }
}
