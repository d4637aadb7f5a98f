package io.nexusgraph.api.pipeline;

import io.micronaut.json.JsonMapper;
import io.nexusgraph.api.erasure.SuppressedIdentifiers;
import io.nexusgraph.api.projection.Projection;
import io.nexusgraph.api.projection.ProjectionResult;
import io.nexusgraph.api.rules.ResolutionRules;
import io.nexusgraph.api.rules.RulesProvider;
import io.nexusgraph.api.runs.Run;
import io.nexusgraph.api.runs.RunRepository;
import io.nexusgraph.api.runtime.Postgres;
import io.nexusgraph.graph.resolution.GraphWipe;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run: ingest the configured sources into the stored event log, load what is new (or, for a full
 * run, everything) into the graph, resolve persons and groups, project into the final tables. The
 * {@code runs} row says running, then succeeded with its watermark and stats, or failed with the
 * error; a failed run leaves its events in the log for the next run.
 */
@Singleton
public final class RunPipeline {

  private static final Logger LOG = LoggerFactory.getLogger(RunPipeline.class);
  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final DataSource dataSource;
  private final RunRepository runs;
  private final Projection projection;
  private final Clock clock;
  private final JsonMapper json;
  private final IngestStage ingest;
  private final LoadStage load;
  private final ResolveStage resolve;
  private final GraphWipe graphWipe;
  private final SuppressedIdentifiers suppressed;
  private final RulesProvider rules;

  RunPipeline(
      Postgres postgres,
      Driver driver,
      RunRepository runs,
      Projection projection,
      Clock clock,
      JsonMapper json,
      SuppressedIdentifiers suppressed,
      RulesProvider rules) {
    this.dataSource = postgres.dataSource();
    this.runs = runs;
    this.projection = projection;
    this.clock = clock;
    this.json = json;
    this.ingest = new IngestStage(dataSource, clock);
    this.load = new LoadStage(dataSource, driver);
    this.resolve = new ResolveStage(driver, clock);
    this.rules = rules;
    this.graphWipe = new GraphWipe(driver);
    this.suppressed = suppressed;
  }

  /** Runs the whole pipeline in the calling thread. */
  public Run run(RunKind kind, RunConfig config, Progress progress) {
    return execute(begin(kind), config, progress);
  }

  /**
   * Takes the run lock and records the run as running; throws {@link RunInProgressException} when
   * another run holds the lock. Hand the result to {@link #execute} (possibly in another thread).
   */
  public Started begin(RunKind kind) {
    RunLock lock = RunLock.acquire(dataSource);
    try {
      long interrupted = runs.failInterrupted();
      if (interrupted > 0) {
        LOG.warn("{} run(s) left running by a stopped process are now marked failed", interrupted);
      }
      String id =
          "run_"
              + ID_TIME.format(clock.instant())
              + "_"
              + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(2);
      Run run =
          runs.save(
              new Run(
                  id, kind.columnValue(), Run.RUNNING, clock.instant(), null, null, "{}", null));
      return new Started(run, kind, lock);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** Runs the stages of a begun run and releases its lock. */
  public Run execute(Started started, RunConfig config, Progress progress) {
    Run run = started.run();
    RunStats stats = new RunStats();
    LOG.info("Run {} ({}) started", run.runId(), run.kind());
    try (RunLock ignored = started.lock) {
      ResolutionRules ruleSet = rules.current();
      long t = System.nanoTime();
      long read = ingest.run(run.runId(), config, progress, stats);
      stats.stage("ingest", millisSince(t), read);

      t = System.nanoTime();
      LoadStage.Range range = load.range(runs.lastWatermark(), started.kind());
      if (started.kind() == RunKind.FULL) {
        graphWipe.evidence();
      }
      long loaded = load.run(range, progress);
      stats.stage("load", millisSince(t), loaded);

      t = System.nanoTime();
      ResolveStage.Resolved resolved =
          resolve.run(run.runId(), started.kind(), ruleSet, suppressed.current(), progress, stats);
      stats.stage("resolve", millisSince(t), resolved.identifiers());

      t = System.nanoTime();
      ProjectionResult projected = projection.project(run.runId(), resolved.scope());
      stats.stage("project", millisSince(t), projected.changed());
      stats.projection(projected);

      Run done =
          runs.update(
              run.finished(
                  Run.SUCCEEDED, clock.instant(), Long.toString(range.to()), toJson(stats), null));
      LOG.info("Run {} succeeded: {} records read, {} events loaded", run.runId(), read, loaded);
      return done;
    } catch (RuntimeException e) {
      String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      runs.update(run.finished(Run.FAILED, clock.instant(), null, toJson(stats), error));
      LOG.error("Run {} failed: {}", run.runId(), error);
      throw new RunFailedException("run " + run.runId() + " failed: " + error, e);
    }
  }

  private String toJson(RunStats stats) {
    try {
      return json.writeValueAsString(stats.asMap());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long millisSince(long nanoStart) {
    return (System.nanoTime() - nanoStart) / 1_000_000;
  }

  /** A run that holds the run lock and has its {@code runs} row, not yet executed. */
  public static final class Started {
    private final Run run;
    private final RunKind kind;
    private final RunLock lock;

    Started(Run run, RunKind kind, RunLock lock) {
      this.run = run;
      this.kind = kind;
      this.lock = lock;
    }

    public Run run() {
      return run;
    }

    RunKind kind() {
      return kind;
    }
  }
}
