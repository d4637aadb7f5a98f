package io.nexusgraph.bench.product;

import io.nexusgraph.bench.api.ApiClient;
import io.nexusgraph.bench.api.ApiLoad;
import io.nexusgraph.bench.api.ApiLoadSettings;
import io.nexusgraph.bench.data.DataSet;
import io.nexusgraph.bench.quality.GroundTruthFile;
import io.nexusgraph.bench.quality.Truth;
import io.nexusgraph.embedded.Directories;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.LongToIntFunction;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real product on a data set, as a user drives it, each command in a JVM of its own: {@code
 * nexus run --config} over the generated exports, the next night's {@code nexus run} over new
 * events only ({@link NightlyIncrement}; both runs' stage figures read back through {@code GET
 * /v1/runs/{id}}), {@code nexus apikey create --scopes read,write,admin}, then {@code nexus serve}
 * running {@link #SERVED_NIGHTS} nights more ({@link ServedNights}), then under the API load. Every
 * service JVM is stopped before this returns, also on failure.
 */
public final class ProductStage {

  private static final Logger LOG = LoggerFactory.getLogger(ProductStage.class);
  private static final Duration RUN_TIMEOUT = Duration.ofHours(6);
  private static final Duration START_TIMEOUT = Duration.ofMinutes(10);
  private static final Duration HEALTH_POLL = Duration.ofMillis(500);

  /** Nights on the running service; the median of the last 3 is its settled figure. */
  static final int SERVED_NIGHTS = 5;

  private final ServiceJar jar;
  private final Supplier<ServiceEnvironment> environment;
  private final Path workDir;
  private final ApiLoadSettings settings;
  private final LongToIntFunction nightlyEvents;

  /**
   * @param environment the services' settings, asked for when the stage starts (so free ports are
   *     looked for then)
   * @param workDir run config and service logs ({@code <command>.log}); emptied first
   * @param nightlyEvents new events for the night after, given the data set's record count
   */
  public ProductStage(
      ServiceJar jar,
      Supplier<ServiceEnvironment> environment,
      Path workDir,
      ApiLoadSettings settings,
      LongToIntFunction nightlyEvents) {
    this.jar = jar;
    this.environment = environment;
    this.workDir = workDir.toAbsolutePath();
    this.settings = settings;
    this.nightlyEvents = nightlyEvents;
  }

  public ProductResult run(DataSet data) {
    Directories.deleteQuietly(workDir);
    try {
      Files.createDirectories(workDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the product's folder " + workDir, e);
    }
    Path config = RunConfigFile.write(data, workDir.resolve("run.yml"));
    ServiceEnvironment env = environment.get();

    LOG.info("Product: nexus run --config {} (logs in {})", config, workDir);
    long start = System.nanoTime();
    RssPeaks runPeaks;
    try (ServiceProcess run =
            ServiceProcess.start(
                "run", jar, env, workDir, false, "run", "--config", config.toString());
        PeakRss rss = PeakRss.watch(run.pid())) {
      run.awaitSuccess(RUN_TIMEOUT);
      runPeaks = rss.peaks();
    }
    long runMillis = (System.nanoTime() - start) / 1_000_000;
    String runId = ProductRunStats.runId(read(workDir.resolve("run.out")));
    LOG.info("Product: run {} succeeded; nexus run took {} ms", runId, runMillis);

    Truth persons = GroundTruthFile.read(data.groundTruth(), EntityKind.PERSON);
    int events = nightlyEvents.applyAsInt(data.totalRecords());
    Path nightlyConfig =
        NightlyIncrement.write(persons, workDir.resolve("nightly"), events, settings.seed());
    LOG.info(
        "Product: the night after, nexus run --config {} ({} new events)", nightlyConfig, events);
    start = System.nanoTime();
    try (ServiceProcess nightly =
        ServiceProcess.start(
            "nightly", jar, env, workDir, false, "run", "--config", nightlyConfig.toString())) {
      nightly.awaitSuccess(RUN_TIMEOUT);
    }
    long nightlyMillis = (System.nanoTime() - start) / 1_000_000;
    String nightlyRunId = ProductRunStats.runId(read(workDir.resolve("nightly.out")));

    String key;
    try (ServiceProcess apikey =
        ServiceProcess.start(
            "apikey",
            jar,
            env,
            workDir,
            true,
            "apikey",
            "create",
            "--name",
            "nexus-bench",
            "--scopes",
            "read,write,admin")) {
      apikey.awaitSuccess(START_TIMEOUT); // its one line of output fits the pipe
      key = apikey.stdout().strip();
    }

    LOG.info("Product: nexus serve on 127.0.0.1:{}", env.apiPort());
    Path servedConfig = workDir.resolve("served-night.yml");
    ServiceEnvironment serveEnv = env.with(Map.of("NEXUS_RUN_CONFIG", servedConfig.toString()));
    start = System.nanoTime();
    try (ServiceProcess serve =
            ServiceProcess.start("serve", jar, serveEnv, workDir, false, "serve");
        PeakRss rss = PeakRss.watch(serve.pid());
        ApiClient api = new ApiClient(env.apiPort(), key, settings.requestTimeout())) {
      awaitHealthy(serve, api);
      long serveMillis = (System.nanoTime() - start) / 1_000_000;
      List<ProductStageTiming> stages = ProductRunStats.stages(api.get("/v1/runs/" + runId));
      ProductResult.Nightly night =
          new ProductResult.Nightly(
              nightlyRunId,
              events,
              nightlyMillis,
              ProductRunStats.stages(api.get("/v1/runs/" + nightlyRunId)));
      // The nights come before the load: a run loads every event posted before it, and the load
      // posts some.
      LOG.info("Product: {} nights on the running service", SERVED_NIGHTS);
      List<ProductResult.ServedNight> served =
          new ServedNights(api, workDir, servedConfig)
              .run(persons, SERVED_NIGHTS, events, settings.seed() + 1000, RUN_TIMEOUT);
      ApiLoad.Result load = new ApiLoad(settings).run(api, persons, serve.pid());
      RssPeaks servePeaks = rss.peaks();
      return new ProductResult(
          env.servers(),
          runId,
          runMillis,
          stages,
          runPeaks,
          night,
          serveMillis,
          servePeaks,
          load,
          served);
    }
  }

  private static void awaitHealthy(ServiceProcess serve, ApiClient api) {
    Polling.until(
        () -> {
          boolean healthy = api.healthy();
          if (!healthy && !serve.alive()) {
            throw new IllegalStateException(
                "nexus serve stopped before its /health answered; its log: " + serve.log());
          }
          return healthy;
        },
        healthy -> healthy,
        START_TIMEOUT,
        HEALTH_POLL,
        () -> "nexus serve was not healthy within " + START_TIMEOUT + "; its log: " + serve.log());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
