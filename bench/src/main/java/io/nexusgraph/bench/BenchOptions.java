package io.nexusgraph.bench;

import io.nexusgraph.bench.compare.SqlSettings;
import io.nexusgraph.ingest.generator.Scale;
import java.nio.file.Path;

/**
 * What one benchmark run does.
 *
 * @param dataCache where generated data sets are kept between runs (by seed and scale)
 * @param incrementPercent size of the incremental case, in percent of the scale's events
 * @param profile record the main pipeline with Java Flight Recorder (Neo4j and this JVM)
 */
public record BenchOptions(
    Scale scale,
    long seed,
    Path out,
    Path dataCache,
    String neo4jHeap,
    String neo4jPageCache,
    double incrementPercent,
    SqlSettings sql,
    boolean profile) {

  public BenchOptions {
    if (incrementPercent <= 0 || incrementPercent > 100) {
      throw new IllegalArgumentException(
          "--increment-percent must be in (0, 100], got " + incrementPercent);
    }
  }

  /** Events of the incremental case: at least 20, so that every kind of change occurs. */
  int incrementEvents(long baseEvents) {
    return (int) Math.max(20, Math.round(baseEvents * incrementPercent / 100.0));
  }
}
