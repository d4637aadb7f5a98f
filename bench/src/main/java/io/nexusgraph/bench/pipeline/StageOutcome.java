package io.nexusgraph.bench.pipeline;

import java.util.Map;

/**
 * What a stage did.
 *
 * @param rows the rows the stage's throughput is measured in
 * @param unit what a row is, e.g. {@code source records}
 * @param detail further counts for the report
 */
public record StageOutcome(long rows, String unit, Map<String, Object> detail) {
  public StageOutcome {
    detail = Map.copyOf(detail);
  }
}
