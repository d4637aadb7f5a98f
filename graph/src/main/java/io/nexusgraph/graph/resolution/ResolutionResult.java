package io.nexusgraph.graph.resolution;

import io.nexusgraph.ingest.eventlog.EntityKind;
import java.util.List;

/**
 * What one resolution of one entity kind did.
 *
 * @param incremental true when the run re-resolved only the identifiers new evidence could affect
 *     (and the entities they are in), false when it re-resolved every identifier
 * @param identifiers identifiers re-resolved (in an entity after the run)
 * @param entities entities the re-resolved identifiers are in after the run
 * @param born ids minted in this run (new entities and parts split off)
 * @param changedIdentifiers identifiers whose entity changed (new ones included)
 * @param changes merges and splits, with the event that caused each merge
 * @param exclusions every recorded exclusion after the run (identifier_exclusions), in (type,
 *     value) order; the same as {@link Exclusions#stream} reads
 * @param oversizedEntities entities over the guardrails' size alert, by id
 * @param forgotten identifiers dropped because a rebuild's reload did not bring them back
 */
public record ResolutionResult(
    EntityKind kind,
    boolean incremental,
    int identifiers,
    int entities,
    int born,
    int changedIdentifiers,
    List<IdChange> changes,
    List<Exclusion> exclusions,
    List<OversizedEntity> oversizedEntities,
    long forgotten,
    long millis) {

  public ResolutionResult {
    changes = List.copyOf(changes);
    exclusions = List.copyOf(exclusions);
    oversizedEntities = List.copyOf(oversizedEntities);
  }

  public long merged() {
    return changes.stream().filter(c -> c.change() == IdChange.Change.MERGE).count();
  }

  public long split() {
    return changes.stream().filter(c -> c.change() == IdChange.Change.SPLIT).count();
  }
}
