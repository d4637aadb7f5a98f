package io.nexusgraph.bench.compare;

import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.eventlog.IdentifierObservation;
import java.util.ArrayList;
import java.util.List;

/**
 * The identity evidence every approach starts from: the identifier observations of the event log
 * (entity kind, type, normalised value, edge_id, linkable). Identifiers sharing an edge_id of one
 * entity kind are one entity; an edge with a consent-denied observation links nothing — the same
 * rule the graph load applies to its SAME_AS stars.
 */
public record Evidence(List<IdentifierObservation> observations) {

  public Evidence {
    observations = List.copyOf(observations);
  }

  public static Evidence of(List<EventLogBatch> batches) {
    List<IdentifierObservation> all = new ArrayList<>();
    batches.forEach(b -> all.addAll(b.identifiers()));
    return new Evidence(all);
  }

  public int size() {
    return observations.size();
  }
}
