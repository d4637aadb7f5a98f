package io.nexusgraph.bench;

import static io.nexusgraph.bench.product.ProductResults.ingest;
import static io.nexusgraph.bench.product.ProductResults.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.bench.product.ProductResults;
import io.nexusgraph.bench.report.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductTargetsTest {

  @Test
  void bothTargetsMetAt500AndInBatchesOfTenThousand() {
    List<Target> targets =
        ProductTargets.of(
            ProductResults.of(
                List.of(lookup(100, 1.0, 2.0, 0), lookup(500, 1.25, 5.0, 0)),
                List.of(ingest(1000, true), ingest(10_000, true))));

    assertThat(targets)
        .containsExactly(
            new Target(
                "lookup p99 <= 5 ms at 500 req/s",
                "p99 5.00 ms (p50 1.25 ms), 500 req/s achieved, 0 errors",
                true,
                ""),
            new Target(
                "POST /v1/events >= 10,000 events/s",
                "20000 events/s in batches of 10000, 1 in flight (49950 accepted, 50 rejected of"
                    + " 50000; reconciled)",
                true,
                ""));
  }

  @Test
  void aSlowP99AnErrorOrUnreconciledCountsMissTheTarget() {
    List<Target> slow =
        ProductTargets.of(
            ProductResults.of(List.of(lookup(500, 2.0, 5.01, 0)), List.of(ingest(10_000, false))));
    List<Target> errors =
        ProductTargets.of(
            ProductResults.of(List.of(lookup(500, 1.0, 2.0, 1)), List.of(ingest(10_000, true))));

    assertThat(slow).extracting(Target::met).containsExactly(false, false);
    assertThat(slow.get(1).measured()).endsWith("; **counts do not reconcile**)");
    assertThat(errors.get(0).met()).isFalse();
    assertThat(errors.get(0).measured()).endsWith(", 1 errors");
  }

  @Test
  void theFastestReconciledSeriesOfTenThousandCounts() {
    List<Target> targets =
        ProductTargets.of(
            ProductResults.of(
                List.of(lookup(500, 1.0, 2.0, 0)),
                List.of(
                    ingest(1000, 2, 1.0, true),
                    ingest(10_000, 1, 10.0, true),
                    ingest(10_000, 2, 4.0, true),
                    ingest(10_000, 3, 2.0, false))));

    assertThat(targets.get(1).measured())
        .isEqualTo(
            "12500 events/s in batches of 10000, 2 in flight (49950 accepted, 50 rejected of"
                + " 50000; reconciled)");
    assertThat(targets.get(1).met()).isTrue();
  }

  @Test
  void withoutARateOf500OrBatchesOfTenThousand() {
    List<Target> targets =
        ProductTargets.of(
            ProductResults.of(
                List.of(lookup(100, 1.0, 2.0, 0)), List.of(ingest(100, true), ingest(1000, true))));

    assertThat(targets.get(0))
        .isEqualTo(
            new Target(
                "lookup p99 <= 5 ms at 500 req/s",
                "not measured",
                null,
                "500 is not among --api-rates"));
    assertThat(targets.get(1).measured())
        .startsWith("20000 events/s in batches of 1000, 1 in flight (");
    assertThat(targets.get(1).met()).isTrue();
  }

  @Test
  void skippedProductStage() {
    assertThat(ProductTargets.of(null))
        .containsExactly(
            new Target(
                "lookup p99 <= 5 ms at 500 req/s",
                "not measured",
                null,
                "product stage skipped (--no-api)"),
            new Target(
                "POST /v1/events >= 10,000 events/s",
                "not measured",
                null,
                "product stage skipped (--no-api)"));
  }
}
