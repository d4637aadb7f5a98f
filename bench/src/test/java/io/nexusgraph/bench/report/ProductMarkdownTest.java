package io.nexusgraph.bench.report;

import static io.nexusgraph.bench.product.ProductResults.ingest;
import static io.nexusgraph.bench.product.ProductResults.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.bench.product.ProductResults;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductMarkdownTest {

  @Test
  void theRunsTheNightAfterTheServedNightsMemoryAndTheLoadAreRows() {
    StringBuilder b = new StringBuilder();
    ProductMarkdown.render(
        b,
        ProductResults.of(
            List.of(lookup(500, 1.25, 5.0, 0)),
            List.of(ingest(1000, true), ingest(10_000, false))));
    List<String> lines = b.toString().lines().toList();

    assertThat(lines)
        .containsSubsequence(
            "### The product: `nexus run`, then `nexus serve` under API load",
            "| stage | wall s | rows | rows/s | rows are |",
            "|---|---|---|---|---|",
            "| ingest | 10.70 | 19222 | 1796 | source records read |",
            "| load | 60.93 | 19222 | 315 | events loaded |",
            "| resolve | 55.01 | 4504 | 81 | identifiers resolved |",
            "| project | 5.75 | 35690 | 6201 | final-table rows changed |",
            "| `nexus run` (whole process) | 132.58 | | | the run, plus the JVM and the servers"
                + " starting and stopping |",
            "The night after: `nexus run` again, a new process over 192 new events only (the"
                + " increment generator's Segment calls by the ground truth's people, in a source of"
                + " their own; run `run_20261122T094512Z_01ab23`).",
            "| load | 1.38 | 192 | 139 | events loaded |",
            "| project | 0.69 | 1020 | 1478 | final-table rows changed |",
            "| `nexus run` (whole process) | 19.83 | | | the run, plus the JVM and the servers"
                + " starting and stopping |",
            "The night after against the first run: stages 4.60 s of 132.39 s (3.5 %), whole"
                + " process 19.83 s of 132.58 s (15.0 %).",
            "Nights on the running service: `nexus serve` ran 5 nights before the load below, each"
                + " started with `POST /v1/runs` (as `NEXUS_RUN_SCHEDULE` starts them) over 192 new"
                + " events of a source of its own; its servers stayed up between nights. The median"
                + " of the last 3 is the settled figure.",
            "| night | run | ingest s | load s | resolve s | project s | stages s | run s | of the"
                + " first run's stages |",
            "| 1 | `run_20261122T095010Z_000001` | 0.10 | 0.50 | 3.90 | 0.30 | 4.80 | 4.95 | 3.6 % |",
            "| 5 | `run_20261122T095050Z_000005` | 0.10 | 0.50 | 1.40 | 0.30 | 2.30 | 2.40 | 1.7 % |",
            "Settled night on the running service against the first run: stages 2.40 s of 132.39 s"
                + " (1.8 %).",
            "Peak RSS (VmHWM, sampled every 250 ms): `nexus run` service JVM 900 MB, its Neo4j JVM"
                + " 1200 MB; `nexus serve` (start to end of the load, its nights included) service"
                + " JVM 700 MB, its Neo4j JVM n/a. `serve` answered `/health` 41.25 s after it"
                + " started.",
            "#### Person lookups, open loop on loopback",
            "| 500 | 15 | 7500 | 7400 | 100 | 0 | 499.5 | 1.25 | 2.50 | 5.00 | 15.00 | 12.50 | 0.75 |"
                + " 3.25 |",
            "#### Event ingest, `POST /v1/events`",
            "| 1000 | 1 | 50 | 50000 | 49950 | 50 | 50 | 0 | 2.50 | 20000 | 40.0 | 60.0 | 2.00 | -1.00 |"
                + " yes |",
            "| 10000 | 1 | 5 | 50000 | 49950 | 50 | 49 | 0 | 2.50 | 20000 | 40.0 | 60.0 | 2.00 | -1.00 |"
                + " **no** |");
    assertThat(b.toString())
        .contains(
            "The service jar, each command in a JVM of its own, with its own embedded Neo4j and"
                + " PostgreSQL. Stage figures are the run's own"
                + " (`GET /v1/runs/run_20261122T094259Z_8ae8d8`).")
        .contains(
            "Not counted: 60,000 lookups in 60 s at the highest rate first (the service JVM's JIT"
                + " warm-up; its compiler threads settled: 3 % of a core in the last 10 s), then 5 s"
                + " warm-up per rate.")
        .contains("Identifiers: 5071 ground-truth person identifiers")
        .contains("or no answer in 30 s.")
        .contains("one event in 1000 lacks `occurred_at`");
  }
}
