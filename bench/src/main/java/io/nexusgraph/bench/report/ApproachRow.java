package io.nexusgraph.bench.report;

import io.nexusgraph.bench.compare.PartitionDiff;
import java.util.Map;

/**
 * One approach of the side-by-side comparison.
 *
 * @param componentsMillis the components step: from the evidence in the approach's store to a
 *     component per identifier id
 * @param withReadMillis the components step plus reading the result back with each identifier's key
 *     (the union-find works on keys: nothing to read back)
 * @param endToEndMillis from the source files to components (parsing included)
 * @param oursOverThisComponents our components time / this approach's (below 1: ours is faster)
 * @param oursOverThisWithRead the same with both results read back into keys
 * @param oursOverThisEndToEnd our end-to-end time / this approach's
 * @param vsOurs per entity kind, this approach's partition against ours on the same evidence
 *     (guardrails off)
 */
public record ApproachRow(
    String approach,
    long componentsMillis,
    long withReadMillis,
    long endToEndMillis,
    double oursOverThisComponents,
    double oursOverThisWithRead,
    double oursOverThisEndToEnd,
    Map<String, PartitionDiff> vsOurs) {

  public ApproachRow {
    vsOurs = Map.copyOf(vsOurs);
  }
}
