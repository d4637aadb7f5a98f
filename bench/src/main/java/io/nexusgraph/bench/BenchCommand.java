package io.nexusgraph.bench;

import io.nexusgraph.bench.compare.SqlSettings;
import io.nexusgraph.bench.pipeline.Meters;
import io.nexusgraph.bench.report.BenchReport;
import io.nexusgraph.bench.report.JsonReport;
import io.nexusgraph.bench.servers.BenchServers;
import io.nexusgraph.ingest.generator.Scale;
import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench/run}: starts fresh embedded servers, runs the benchmark at one scale and writes
 * {@code <out>/<scale>.json} and {@code <out>/<scale>.md} (the markdown is printed too).
 */
@Command(
    name = "nexus-bench",
    mixinStandardHelpOptions = true,
    description =
        "Measures the pipeline per stage, resolution quality against the generator's ground truth,"
            + " the SQL label-propagation approach and an in-memory union-find on the same"
            + " evidence, and the incremental case.")
public final class BenchCommand implements Callable<Integer> {

  @Option(names = "--scale", defaultValue = "small", description = "small, medium or large")
  String scale;

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
    try (BenchServers servers = BenchServers.start(workDir, neo4jHeap, neo4jPageCache)) {
      BenchReport report =
          new BenchRun(
                  options,
                  servers.driver(),
                  servers.dataSource(),
                  Meters.of(OptionalLong.of(servers.neo4jPid())),
                  Clock.systemUTC())
              .run();
      System.out.println(JsonReport.write(report, out));
      System.out.println(
          "Results: " + out.resolve(scale + ".json") + ", " + out.resolve(scale + ".md"));
    }
    return 0;
  }
}
