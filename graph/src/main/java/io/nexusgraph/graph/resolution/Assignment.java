package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.identity.IdentifierKey;
import java.time.Instant;
import java.util.LinkedHashMap;
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

  /**
   * What the Person or Group node of an entity says.
   *
   * @param component for a part of a component the constraints split (type limit, force-apart),
   *     that component's key, shared by its parts; null for a whole component
   */
  record EntityFacts(Instant firstSeenAt, int identifierCount, String component) {

    EntityFacts withComponent(String key) {
      return new EntityFacts(firstSeenAt, identifierCount, key);
    }
  }

  /**
   * This assignment with the component key of each entity whose identifiers are in {@code splitOf}
   * (identifier → key of the component it was split from).
   */
  Assignment withSplits(Map<IdentifierKey, String> splitOf) {
    if (splitOf.isEmpty()) {
      return this;
    }
    Map<String, EntityFacts> facts = new LinkedHashMap<>(entities);
    splitOf.forEach(
        (key, component) -> {
          String entity = entityOf.get(key);
          if (entity != null) {
            facts.put(entity, facts.get(entity).withComponent(component));
          }
        });
    return new Assignment(entityOf, facts, changes, born);
  }
}
