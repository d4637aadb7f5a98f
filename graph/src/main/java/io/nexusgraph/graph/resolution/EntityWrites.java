package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.partition.DisjointLanes;
import io.nexusgraph.graph.resolution.Assignment.EntityFacts;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.neo4j.driver.Driver;

/**
 * Writes an {@link Assignment} back, only what changed: identifiers whose entity changed, entity
 * nodes that are new or whose facts (first sighting, identifier count) differ from the stored ones,
 * entities left without identifiers, and the merges and splits.
 */
final class EntityWrites {

  /** Entities (each with the identifiers that move to it) per assign transaction. */
  static final int ASSIGN_ENTITIES_PER_BATCH = 2_000;

  /**
   * Assign and entity transactions at once, in lanes that share no entity node ({@link
   * DisjointLanes}): an entity's identifiers moving to entities in two lanes deadlocked them, and
   * the retry's back-off cost about a second of a nightly run at the large scale. Two writers
   * re-assigned the large scale's 214,801 identifiers in 8.6–10.5 s against 13.2–15.1 s with one
   * (warm server, scratch probe); a cold server's first resolve gained nothing, its two cores being
   * busy with the JIT compilers too.
   */
  static final int WRITERS = 2;

  private final Driver driver;
  private final Clock clock;

  EntityWrites(Driver driver, Clock clock) {
    this.driver = driver;
    this.clock = clock;
  }

  /** Returns how many identifiers changed entity. */
  int write(
      String kind,
      String runId,
      List<List<Member>> components,
      Assignment assignment,
      Map<String, EntityFacts> previous,
      List<IdChange> changes) {
    Map<String, List<Member>> movedTo = new TreeMap<>();
    int moved = 0;
    for (List<Member> component : components) {
      for (Member member : component) {
        String entity = assignment.entityOf().get(member.key());
        if (!entity.equals(member.previousId())) {
          movedTo.computeIfAbsent(entity, e -> new ArrayList<>()).add(member);
          moved++;
        }
      }
    }
    TreeSet<String> touched = new TreeSet<>(movedTo.keySet());
    assignment
        .entities()
        .forEach(
            (id, facts) -> {
              if (!facts.equals(previous.get(id))) {
                touched.add(id);
              }
            });
    Map<String, Object> run = Map.of("run_id", runId);
    Batches.writeLanes(
        driver,
        "resolve/" + kind + "-assign",
        assignLanes(movedTo, WRITERS),
        run,
        ASSIGN_ENTITIES_PER_BATCH);
    List<Map<String, Object>> entities =
        touched.stream().map(id -> entityRow(id, assignment.entities().get(id))).toList();
    Batches.writeLanes(
        driver,
        "resolve/" + kind + "-entities",
        DisjointLanes.split(entities, row -> List.of(row.get("id")), WRITERS),
        run,
        Batches.SIZE);
    Cypher.query(driver, "resolve/" + kind + "-orphans", Map.of());
    if (!changes.isEmpty()) {
      Cypher.query(
          driver,
          "resolve/" + kind + "-retire",
          Map.of(
              "changes", changes.stream().map(EntityWrites::changeRow).toList(),
              "run_id", runId,
              "changed_at", ZonedDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
    }
    return moved;
  }

  /**
   * The {@code <kind>-assign} rows (one per entity, with the identifiers that move to it) in at
   * most {@code writers} lanes that share no entity node.
   */
  static List<List<Map<String, Object>>> assignLanes(
      Map<String, List<Member>> movedTo, int writers) {
    return DisjointLanes.split(List.copyOf(movedTo.entrySet()), EntityWrites::entitiesOf, writers)
        .stream()
        .map(lane -> lane.stream().map(EntityWrites::assignRow).toList())
        .toList();
  }

  /**
   * The entity nodes an assign row locks: the one its identifiers move to and those they leave
   * (their IDENTIFIES deleted, the entity labelled PendingBuild).
   */
  private static Set<String> entitiesOf(Map.Entry<String, List<Member>> moving) {
    Set<String> entities = new HashSet<>();
    entities.add(moving.getKey());
    for (Member m : moving.getValue()) {
      if (m.previousId() != null) {
        entities.add(m.previousId());
      }
    }
    return entities;
  }

  private static Map<String, Object> assignRow(Map.Entry<String, List<Member>> moving) {
    List<Map<String, Object>> members = new ArrayList<>(moving.getValue().size());
    for (Member m : moving.getValue()) {
      members.add(Map.of("id", m.nodeId(), "type", m.key().type(), "value", m.key().value()));
    }
    return Map.of("entity_id", moving.getKey(), "members", members);
  }

  private static Map<String, Object> entityRow(String id, EntityFacts facts) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", id);
    row.put("identifier_count", facts.identifierCount());
    row.put(
        "first_seen_at",
        facts.firstSeenAt() == null
            ? null
            : ZonedDateTime.ofInstant(facts.firstSeenAt(), ZoneOffset.UTC));
    return row;
  }

  private static Map<String, Object> changeRow(IdChange change) {
    Map<String, Object> row = new HashMap<>();
    row.put("old_id", change.oldId());
    row.put("new_id", change.newId());
    row.put("change", change.change().columnValue());
    row.put("cause_event_id", change.causeEventId());
    return row;
  }
}
