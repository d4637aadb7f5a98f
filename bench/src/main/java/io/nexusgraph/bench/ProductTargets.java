package io.nexusgraph.bench;

import io.nexusgraph.bench.api.IngestResult;
import io.nexusgraph.bench.api.LookupResult;
import io.nexusgraph.bench.product.ProductResult;
import io.nexusgraph.bench.report.Target;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The API targets of the benchmark issue against what the product stage measured. */
final class ProductTargets {

  static final String LOOKUP = "lookup p99 <= 5 ms at 500 req/s";
  static final String EVENTS = "POST /v1/events >= 10,000 events/s";
  static final int LOOKUP_RATE = 500;
  static final double LOOKUP_P99_MS = 5.0;
  static final int EVENTS_BATCH = 10_000;
  static final double EVENTS_PER_SECOND = 10_000;

  private ProductTargets() {}

  /** Both targets; not measured (met null) when the product stage was skipped. */
  static List<Target> of(ProductResult product) {
    if (product == null) {
      return List.of(
          new Target(LOOKUP, "not measured", null, "product stage skipped (--no-api)"),
          new Target(EVENTS, "not measured", null, "product stage skipped (--no-api)"));
    }
    return List.of(lookup(product.api().lookups()), events(product.api().ingest()));
  }

  private static Target lookup(List<LookupResult> lookups) {
    Optional<LookupResult> at500 =
        lookups.stream().filter(l -> l.targetRate() == LOOKUP_RATE).findFirst();
    if (at500.isEmpty()) {
      return new Target(LOOKUP, "not measured", null, "500 is not among --api-rates");
    }
    LookupResult l = at500.get();
    return new Target(
        LOOKUP,
        String.format(
            Locale.ROOT,
            "p99 %.2f ms (p50 %.2f ms), %.0f req/s achieved, %d errors",
            l.latency().p99Ms(),
            l.latency().p50Ms(),
            l.achievedPerSecond(),
            l.errors()),
        l.latency().p99Ms() <= LOOKUP_P99_MS && l.errors() == 0,
        "");
  }

  /**
   * Measured in batches of 10,000 (the API's limit), else the largest batch size run; of its series
   * (one per number of batches in flight) the fastest that reconciles, else the fastest.
   */
  private static Target events(List<IngestResult> ingest) {
    int size =
        ingest.stream().anyMatch(i -> i.batchSize() == EVENTS_BATCH)
            ? EVENTS_BATCH
            : ingest.stream().mapToInt(IngestResult::batchSize).max().getAsInt();
    IngestResult best =
        ingest.stream()
            .filter(i -> i.batchSize() == size)
            .max(
                Comparator.comparing(IngestResult::reconciles)
                    .thenComparingDouble(IngestResult::eventsPerSecond))
            .get();
    return new Target(
        EVENTS,
        String.format(
            Locale.ROOT,
            "%.0f events/s in batches of %d, %d in flight (%d accepted, %d rejected of %d; %s)",
            best.eventsPerSecond(),
            best.batchSize(),
            best.inFlight(),
            best.accepted(),
            best.rejected(),
            best.events(),
            best.reconciles() ? "reconciled" : "**counts do not reconcile**"),
        best.eventsPerSecond() >= EVENTS_PER_SECOND && best.reconciles(),
        "");
  }
}
