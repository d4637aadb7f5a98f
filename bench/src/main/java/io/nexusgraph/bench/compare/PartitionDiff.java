package io.nexusgraph.bench.compare;

import io.nexusgraph.graph.identity.IdentifierKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How a partition differs from a reference over the union of their identifiers (an identifier one
 * side does not know is alone on that side).
 *
 * @param identifiers identifiers compared
 * @param referenceEntities entities of the reference
 * @param otherEntities entities of the other partition
 * @param splitEntities reference entities whose identifiers the other spreads over several entities
 * @param mergedEntities other entities that hold identifiers of several reference entities
 * @param equal true when both put exactly the same identifiers together
 */
public record PartitionDiff(
    int identifiers,
    int referenceEntities,
    int otherEntities,
    int splitEntities,
    int mergedEntities,
    boolean equal) {

  /** Compares {@code other} with {@code reference}. */
  public static PartitionDiff compare(Partition reference, Partition other) {
    Set<IdentifierKey> keys = new HashSet<>(reference.labels().keySet());
    keys.addAll(other.labels().keySet());
    Map<String, Set<String>> otherLabelsOfReference = new HashMap<>();
    Map<String, Set<String>> referenceLabelsOfOther = new HashMap<>();
    for (IdentifierKey key : keys) {
      String r = reference.labelOf(key);
      String o = other.labelOf(key);
      otherLabelsOfReference.computeIfAbsent(r, x -> new HashSet<>()).add(o);
      referenceLabelsOfOther.computeIfAbsent(o, x -> new HashSet<>()).add(r);
    }
    int split = (int) otherLabelsOfReference.values().stream().filter(s -> s.size() > 1).count();
    int merged = (int) referenceLabelsOfOther.values().stream().filter(s -> s.size() > 1).count();
    return new PartitionDiff(
        keys.size(),
        otherLabelsOfReference.size(),
        referenceLabelsOfOther.size(),
        split,
        merged,
        split == 0 && merged == 0);
  }
}
