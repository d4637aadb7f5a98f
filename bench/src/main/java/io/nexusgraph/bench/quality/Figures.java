package io.nexusgraph.bench.quality;

import java.util.Map;

/**
 * Pairwise quality of one resolution against the ground truth (rules in {@link PairwiseQuality}).
 *
 * @param identifiers identifiers the resolution covered
 * @param scored identifiers with exactly one true owner and no trap: the pairs are counted over
 *     these
 * @param ambiguous identifiers with a trap mark or not exactly one owner (skipped from the pairs)
 * @param unknown identifiers absent from the ground truth (not scored)
 * @param scoredExcluded scored identifiers the resolution left alone (excluded or unassigned)
 * @param overMerged true entities sharing a predicted entity with another true entity
 * @param underMerged true entities spread over more than one predicted entity
 * @param largestComponent identifiers of the largest predicted entity, ambiguous ones included
 * @param falsePairsByTypes wrong pairs per identifier-type pair ({@code email~phone})
 * @param missedPairsByTypes missed pairs per identifier-type pair
 * @param ambiguousByTrap per trap: excluded / linked into a larger entity / alone
 * @param splitShapes per under-merged entity, the identifier types of each part
 */
public record Figures(
    String name,
    int identifiers,
    int scored,
    int ambiguous,
    int unknown,
    int scoredExcluded,
    long truePairs,
    long predictedPairs,
    long truePositivePairs,
    double precision,
    double recall,
    double f1,
    int trueEntities,
    int predictedEntities,
    int overMerged,
    int underMerged,
    int largestComponent,
    Map<String, Long> falsePairsByTypes,
    Map<String, Long> missedPairsByTypes,
    Map<String, String> ambiguousByTrap,
    Map<String, Integer> splitShapes) {

  public Figures {
    falsePairsByTypes = Map.copyOf(falsePairsByTypes);
    missedPairsByTypes = Map.copyOf(missedPairsByTypes);
    ambiguousByTrap = Map.copyOf(ambiguousByTrap);
    splitShapes = Map.copyOf(splitShapes);
  }

  static double precision(long truePositivePairs, long predictedPairs) {
    return predictedPairs == 0 ? 1.0 : (double) truePositivePairs / predictedPairs;
  }

  static double recall(long truePositivePairs, long truePairs) {
    return truePairs == 0 ? 1.0 : (double) truePositivePairs / truePairs;
  }

  static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
