package io.nexusgraph.bench.product;

import io.nexusgraph.bench.api.ApiClient;
import io.nexusgraph.bench.quality.Truth;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nights on a service that keeps running: each writes new events into a source of its own, points
 * the service's run config ({@code NEXUS_RUN_CONFIG}, read at every run's start) at it, starts an
 * incremental run with {@code POST /v1/runs} and waits for the run to end. The servers stay up from
 * one night to the next, as with {@code NEXUS_RUN_SCHEDULE}.
 */
final class ServedNights {

  private static final Logger LOG = LoggerFactory.getLogger(ServedNights.class);
  private static final Duration POLL = Duration.ofMillis(200);

  private final ApiClient api;
  private final Path workDir;
  private final Path runConfig;

  /**
   * @param runConfig the file the service's {@code NEXUS_RUN_CONFIG} names, rewritten each night
   */
  ServedNights(ApiClient api, Path workDir, Path runConfig) {
    this.api = api;
    this.workDir = workDir;
    this.runConfig = runConfig;
  }

  /** Runs {@code nights} nights of {@code events} new events each; seeds from {@code seed}. */
  List<ProductResult.ServedNight> run(
      Truth persons, int nights, int events, long seed, Duration timeout) {
    List<ProductResult.ServedNight> done = new ArrayList<>();
    for (int night = 1; night <= nights; night++) {
      String source = "segment-served-" + night;
      NightlyIncrement.write(
          persons, workDir.resolve(source), events, seed + night, source, runConfig);
      String id = ProductRunStats.id(api.postAccepted("/v1/runs", "{\"kind\":\"incremental\"}"));
      String run = awaitEnd(id, timeout);
      ProductResult.ServedNight served =
          new ProductResult.ServedNight(
              id, events, ProductRunStats.millis(run), ProductRunStats.stages(run));
      LOG.info("Product: served night {}, run {} took {} ms", night, id, served.runMillis());
      done.add(served);
    }
    return done;
  }

  private String awaitEnd(String id, Duration timeout) {
    return Polling.until(
        () -> api.get("/v1/runs/" + id),
        run -> !ProductRunStats.running(run),
        timeout,
        POLL,
        () -> "run " + id + " did not end within " + timeout);
  }
}
