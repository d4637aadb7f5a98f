package io.nexusgraph.bench.pipeline;

import java.util.Map;

/**
 * One stage as measured.
 *
 * @param benchPeakRssMb peak resident memory of the benchmark JVM during the stage (VmHWM)
 * @param neo4jPeakRssMb peak resident memory of the Neo4j server JVM during the stage; -1 unknown
 * @param benchCpuMillis CPU time the benchmark JVM used during the stage
 * @param neo4jCpuMillis CPU time the Neo4j server JVM used during the stage; -1 unknown
 */
public record StageTiming(
    String name,
    long millis,
    long rows,
    String unit,
    long rowsPerSecond,
    long benchPeakRssMb,
    long neo4jPeakRssMb,
    long benchCpuMillis,
    long neo4jCpuMillis,
    Map<String, Object> detail) {

  public StageTiming {
    detail = Map.copyOf(detail);
  }

  static long perSecond(long rows, long millis) {
    return millis <= 0 ? rows * 1000 : rows * 1000 / millis;
  }
}
