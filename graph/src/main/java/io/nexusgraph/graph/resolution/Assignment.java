package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.identity.IdentifierKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The outcome of {@link StableIds#assign}: the entity of every identifier, the entities to
 * (re)write and the ids that changed meaning.
 *
 * @param entityOf identifier → entity id, for every identifier of every component
 * @param entities entity id → its facts, for every entity that exists after this run
 * @param changes merges and splits, in a deterministic order
 * @param born ids minted in this run
 */
record Assignment(
    Map<IdentifierKey, String> entityOf,
    Map<String, EntityFacts> entities,
    List<IdChange> changes,
    List<String> born) {

  /** What the Person or Group node of an entity says. */
  record EntityFacts(Instant firstSeenAt, int identifierCount) {}
}
