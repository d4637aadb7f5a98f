package io.nexusgraph.graph.participation;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.Driver;

/**
 * Builds {@code (:Person)-[:PARTICIPATED_IN {role}]->(:Event)} and the same for groups: one per
 * distinct (entity, event, role) over the INVOLVES of the entity's identifiers, so that "what did
 * this person do" is one hop instead of a walk over identifiers. A person who sent an email from
 * two of their addresses took part once as {@code sender}; one who was both sender and recipient
 * took part twice. The role is {@code ""} when the source gave none, as on INVOLVES.
 */
public final class ParticipationBuilder {

  private final Driver driver;

  public ParticipationBuilder(Driver driver) {
    this.driver = driver;
  }

  /**
   * Recomputes the participation of the given entities in one transaction: adds what their
   * identifiers' INVOLVES say and, with {@code checkAll} or for entities labelled {@code
   * PendingBuild} (an identifier left them), removes what they no longer say. Ids of entities that
   * no longer exist are skipped. Returns how many participations they have.
   */
  public long build(EntityKind kind, List<String> entityIds, boolean checkAll) {
    if (entityIds.isEmpty()) {
      return 0;
    }
    return Cypher.query(
            driver,
            "entities/" + kind.name().toLowerCase(Locale.ROOT) + "-participation",
            Map.of("ids", entityIds, "check_all", checkAll))
        .getFirst()
        .get("participations")
        .asLong();
  }
}
