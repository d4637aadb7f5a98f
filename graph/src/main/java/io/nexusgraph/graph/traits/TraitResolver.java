package io.nexusgraph.graph.traits;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.Driver;

/**
 * Picks, per entity and trait name, the winning trait observation ({@link TraitRules}) and marks it
 * with {@code (entity)-[:HAS_TRAIT]->(trait)}. Every observation stays in the graph (the history);
 * only the HAS_TRAIT marks move. A trait belongs to the entity of its edge's hub identifier, or,
 * when the hub belongs to no entity (an excluded shared identifier), to the entities of the other
 * identifiers of its edge. Recomputing an entity whose winners did not change writes nothing.
 */
public final class TraitResolver {

  private final Driver driver;
  private final TraitRules rules;

  public TraitResolver(Driver driver, TraitRules rules) {
    this.driver = driver;
    this.rules = rules;
  }

  /**
   * Recomputes the winners of the given entities in one transaction; ids of entities that no longer
   * exist are skipped. Returns the number of winners they have.
   */
  public long resolve(EntityKind kind, List<String> entityIds) {
    if (entityIds.isEmpty()) {
      return 0;
    }
    return Cypher.query(
            driver,
            "entities/" + kind.name().toLowerCase(Locale.ROOT) + "-traits",
            Map.of("ids", entityIds, "priorities", rules.sourcePriority()))
        .getFirst()
        .get("winners")
        .asLong();
  }
}
