package io.nexusgraph.bench;

import io.nexusgraph.bench.api.ApiLoadSettings;
import io.nexusgraph.bench.compare.SqlSettings;
import io.nexusgraph.bench.pipeline.LoadPath;
import io.nexusgraph.bench.pipeline.Meters;
import io.nexusgraph.bench.product.ProductStage;
import io.nexusgraph.bench.product.ServiceEnvironment;
import io.nexusgraph.bench.product.ServiceJar;
import io.nexusgraph.bench.report.BenchReport;
import io.nexusgraph.bench.report.JsonReport;
import io.nexusgraph.bench.servers.BenchServers;
import io.nexusgraph.ingest.generator.Scale;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench/run}: starts fresh embedded servers, runs the benchmark at one scale and writes
 * {@code <out>/<scale>.json} and {@code <out>/<scale>.md} (the markdown is printed too). Unless
 * {@code --no-api}, the real service jar first runs on the same data and serves it under API load.
 */
@Command(
    name = "nexus-bench",
    mixinStandardHelpOptions = true,
    description =
        "Measures the pipeline per stage, resolution quality against the generator's ground truth,"
            + " the SQL label-propagation approach and an in-memory union-find on the same"
            + " evidence, and the incremental case; first, the real product (nexus run, then nexus"
            + " serve under API load) on the same data.")
public final class BenchCommand implements Callable<Integer> {

  @Option(names = "--scale", defaultValue = "small", description = "small, medium or large")
  String scale;

  @Option(
      names = "--load",
      defaultValue = "auto",
      description =
          "how the first load and the rebuild reach the empty graph: bolt (the Bolt loader), bulk"
              + " (Neo4j's offline importer) or auto (bulk from the large scale on, where it pays)")
  String load;

  @Option(names = "--seed", defaultValue = "2026", description = "generator seed")
  long seed;

  @Option(names = "--out", defaultValue = "bench/results", description = "result folder")
  Path out;

  @Option(
      names = "--data-dir",
      defaultValue = "bench/target/bench-data",
      description = "where generated data is cached by seed and scale")
  Path dataDir;

  @Option(
      names = "--work-dir",
      defaultValue = "bench/target/bench-work",
      description = "server homes; emptied at the start of every run")
  Path workDir;

  @Option(names = "--neo4j-heap", defaultValue = "2g", description = "Neo4j JVM heap")
  String neo4jHeap;

  @Option(names = "--neo4j-page-cache", defaultValue = "512m", description = "Neo4j page cache")
  String neo4jPageCache;

  @Option(
      names = "--increment-percent",
      defaultValue = "1",
      description = "size of the incremental case in percent of the events")
  double incrementPercent;

  @Option(names = "--sql-work-mem", defaultValue = "256MB", description = "PostgreSQL work_mem")
  String sqlWorkMem;

  @Option(names = "--sql-hops", defaultValue = "5", description = "hops of the bounded SQL run")
  int sqlHops;

  @Option(
      names = "--profile",
      description =
          "record the main pipeline (parse, load, resolve) with Java Flight Recorder in the Neo4j"
              + " and benchmark JVMs; writes <scale>-*.jfr and hot-methods summaries to --out")
  boolean profile;

  @Option(
      names = "--api",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "run the product stage: the service jar's `run` over the data (project stage included),"
              + " then `serve` under API load (default; --no-api skips it)")
  boolean api;

  @Option(
      names = "--api-rates",
      split = ",",
      defaultValue = "100,500,1000",
      description = "person lookups per second, one measured phase each")
  List<Integer> apiRates;

  @Option(names = "--api-seconds", defaultValue = "15", description = "measured seconds per rate")
  int apiSeconds;

  @Option(
      names = "--api-warmup-lookups",
      defaultValue = "30000",
      description =
          "lookups sent once, unmeasured, at the highest rate before the first measured rate (the"
              + " service JVM's JIT warm-up)")
  int apiWarmupLookups;

  @Option(
      names = "--api-warmup-settle-seconds",
      defaultValue = "60",
      description =
          "after the warm-up lookups, keep warming up in 10 s rounds at the highest rate until the"
              + " service's JIT compiler threads use under 5 %% of a core, for at most this long"
              + " (0: do not wait)")
  int apiWarmupSettleSeconds;

  @Option(
      names = "--api-warmup-seconds",
      defaultValue = "5",
      description = "unmeasured seconds before each rate")
  int apiWarmupSeconds;

  @Option(
      names = "--api-batch-sizes",
      split = ",",
      defaultValue = "1000,10000",
      description = "events per POST /v1/events, one measured series each (at most 10000)")
  List<Integer> apiBatchSizes;

  @Option(names = "--api-events", defaultValue = "50000", description = "events posted per size")
  int apiEvents;

  @Option(
      names = "--service-jar",
      defaultValue = "api/target/nexus-api.jar",
      description = "the service jar the product stage runs")
  Path serviceJar;

  @Option(
      names = "--product-dir",
      defaultValue = "bench/target/bench-product",
      description = "the product's data folder, run config and logs; emptied at the start")
  Path productDir;

  private LoadPath loadPath() {
    try {
      return LoadPath.valueOf(load.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          new CommandLine(this), "--load must be bolt, bulk or auto, not " + load);
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchCommand()).execute(args));
  }

  @Override
  public Integer call() {
    SqlSettings defaults = SqlSettings.defaults();
    BenchOptions options =
        new BenchOptions(
            Scale.byName(scale),
            seed,
            out,
            dataDir,
            neo4jHeap,
            neo4jPageCache,
            incrementPercent,
            new SqlSettings(sqlWorkMem, sqlHops, defaults.maxHops()),
            profile);
    Optional<ProductStage> product = api ? Optional.of(productStage(options)) : Optional.empty();
    try (BenchServers servers = BenchServers.start(workDir, neo4jHeap, neo4jPageCache)) {
      BenchReport report =
          new BenchRun(
                  options,
                  servers.driver(),
                  servers.dataSource(),
                  Meters.of(servers::neo4jPid),
                  Clock.systemUTC(),
                  product,
                  loadPath().bulk(Scale.byName(scale))
                      ? Optional.of(servers.bulk())
                      : Optional.empty())
              .run();
      System.out.println(JsonReport.write(report, out));
      System.out.println(
          "Results: " + out.resolve(scale + ".json") + ", " + out.resolve(scale + ".md"));
    }
    return 0;
  }

  private ProductStage productStage(BenchOptions options) {
    ApiLoadSettings defaults = ApiLoadSettings.defaults(seed);
    ApiLoadSettings settings =
        new ApiLoadSettings(
            apiRates,
            apiWarmupLookups,
            Duration.ofSeconds(apiWarmupSettleSeconds),
            Duration.ofSeconds(apiWarmupSeconds),
            Duration.ofSeconds(apiSeconds),
            defaults.maxInFlight(),
            defaults.requestTimeout(),
            apiBatchSizes,
            apiEvents,
            defaults.rejectEvery(),
            seed);
    return new ProductStage(
        ServiceJar.locate(serviceJar, ServiceJar.JAVA_OPTIONS, ServiceJar.SERVE_OPTIONS),
        () -> ServiceEnvironment.embedded(productDir.resolve("data"), neo4jHeap, neo4jPageCache),
        productDir,
        settings,
        options::incrementEvents);
  }
}
