package io.nexusgraph.graph.resolution;

import io.nexusgraph.ingest.eventlog.EntityKind;
import java.util.List;

/**
 * What one resolution of one entity kind did.
 *
 * @param identifiers identifiers resolved (nodes in the projection)
 * @param entities entities after the run
 * @param born ids minted in this run (new entities and parts split off)
 * @param changedIdentifiers identifiers whose entity changed (new ones included)
 * @param changes merges and splits, with the event that caused each merge
 * @param exclusions identifiers that took no part in linking, with their reasons
 * @param oversizedEntities entities over the guardrails' size alert
 */
public record ResolutionResult(
    EntityKind kind,
    int identifiers,
    int entities,
    int born,
    int changedIdentifiers,
    List<IdChange> changes,
    List<Exclusion> exclusions,
    List<String> oversizedEntities,
    long millis) {

  public long merged() {
    return changes.stream().filter(c -> c.change() == IdChange.Change.MERGE).count();
  }

  public long split() {
    return changes.stream().filter(c -> c.change() == IdChange.Change.SPLIT).count();
  }
}
