package io.nexusgraph.bench.compare;

/**
 * How the SQL approach runs.
 *
 * @param workMem PostgreSQL work_mem for its session, e.g. {@code 256MB}
 * @param boundedHops hops of the hop-bounded variant (5: what warehouse identity packages default
 *     to)
 * @param maxHops safety stop for the run to convergence
 */
public record SqlSettings(String workMem, int boundedHops, int maxHops) {

  public SqlSettings {
    if (boundedHops < 1 || maxHops < boundedHops) {
      throw new IllegalArgumentException(
          "SQL hops: need 1 <= boundedHops <= maxHops, got " + boundedHops + " and " + maxHops);
    }
  }

  public static SqlSettings defaults() {
    return new SqlSettings("256MB", 5, 1_000);
  }
}
