package io.nexusgraph.bench.compare;

import io.nexusgraph.bench.quality.Prediction;
import io.nexusgraph.graph.identity.IdentifierKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which identifiers one approach put together, for one entity kind: an opaque label per identifier.
 * Identifiers an approach does not know are alone (see {@link PartitionDiff}).
 */
public record Partition(Map<IdentifierKey, String> labels) {

  public Partition {
    labels = Map.copyOf(labels);
  }

  /** A resolution's partition; excluded and unassigned identifiers are each alone. */
  public static Partition of(List<Prediction> predictions) {
    Map<IdentifierKey, String> labels = new HashMap<>();
    predictions.forEach(p -> labels.put(p.key(), p.label()));
    return new Partition(labels);
  }

  /** The label of {@code key}, or a singleton label when this partition does not know it. */
  String labelOf(IdentifierKey key) {
    String label = labels.get(key);
    return label != null ? label : "\u0000alone:" + key.type() + ":" + key.value();
  }

  /** Number of distinct labels (entities). */
  public int entities() {
    return (int) labels.values().stream().distinct().count();
  }
}
