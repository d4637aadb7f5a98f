package io.nexusgraph.bench.report;

import io.nexusgraph.bench.compare.PartitionDiff;
import java.util.Map;

/**
 * One approach of the side-by-side comparison.
 *
 * @param componentsMillis the components step: from the evidence in the approach's store to a
 *     component per identifier
 * @param endToEndMillis from the source files to components (parsing included)
 * @param oursOverThisComponents our components time / this approach's (below 1: ours is faster)
 * @param oursOverThisEndToEnd our end-to-end time / this approach's
 * @param vsOurs per entity kind, this approach's partition against ours on the same evidence
 *     (guardrails off)
 */
public record ApproachRow(
    String approach,
    long componentsMillis,
    long endToEndMillis,
    double oursOverThisComponents,
    double oursOverThisEndToEnd,
    Map<String, PartitionDiff> vsOurs) {

  public ApproachRow {
    vsOurs = Map.copyOf(vsOurs);
  }
}
