package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.identity.IdentifierKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

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
  record EntityFacts(Instant firstSeenAt, int identifierCount) {

    /** From a row's {@code first_seen_at} and {@code identifier_count} (-1 when not recorded). */
    static EntityFacts of(Record r) {
      Value count = r.get("identifier_count");
      return new EntityFacts(
          Cypher.instant(r.get("first_seen_at")), count.isNull() ? -1 : count.asInt());
    }
  }
}
