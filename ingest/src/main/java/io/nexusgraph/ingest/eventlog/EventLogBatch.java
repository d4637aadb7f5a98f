package io.nexusgraph.ingest.eventlog;

import java.util.List;

/** Everything one accepted source record produced: its event and the observations it carries. */
public record EventLogBatch(
    Event event,
    List<IdentifierObservation> identifiers,
    List<TraitObservation> traits,
    List<MembershipObservation> memberships,
    List<StateObservation> states) {
  public EventLogBatch {
    identifiers = List.copyOf(identifiers);
    traits = List.copyOf(traits);
    memberships = List.copyOf(memberships);
    states = List.copyOf(states);
  }
}
