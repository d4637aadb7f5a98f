package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.concurrent.Parallel;
import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.resolution.Assignment.EntityFacts;
import io.nexusgraph.graph.resolution.ResolutionScope.Pending;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The reads of an incremental run's region that depend on its seed alone: the entities the seed's
 * identifiers had, with their identifiers ({@code *-region-entities}), and the links between
 * pending identifiers ({@code *-pending-links}). They run on a thread of their own while the
 * guardrails count and mark the seed, since neither needs the other: at the large scale they took
 * 0.37 s and the guardrails 0.43 s of a 2.9 s persons run, one after the other. What the marks
 * change in the graph (an identifier excluded now loses its IDENTIFIES) {@link RegionComponents}
 * applies to these rows itself.
 */
final class RegionReads implements AutoCloseable {

  /** Entity ids per {@code <kind>-region-entities} read. */
  private static final int ENTITIES_PER_READ = 2_000;

  private final Parallel parallel = new Parallel(1);
  private final Supplier<Map<String, EntityRow>> entities;
  private final Supplier<List<Record>> links;

  /** Starts reading the region of {@code seed}. */
  RegionReads(Driver driver, String kind, List<Pending> seed) {
    Set<String> ids = new LinkedHashSet<>();
    seed.forEach(
        p -> {
          if (p.entityId() != null) {
            ids.add(p.entityId());
          }
        });
    entities =
        parallel.submit(
            () -> {
              Map<String, EntityRow> byId = new HashMap<>();
              entities(driver, kind, List.copyOf(ids)).forEach(row -> byId.put(row.id(), row));
              return byId;
            });
    links =
        parallel.submit(() -> Cypher.query(driver, "resolve/" + kind + "-pending-links", Map.of()));
  }

  /** The seed's entities by id (waits for the read). */
  Map<String, EntityRow> seedEntities() {
    return entities.get();
  }

  /** The linkable links between pending identifiers (waits for the read). */
  List<Record> pendingLinks() {
    return links.get();
  }

  /**
   * One entity of the last run ({@code <kind>-region-entities}): its facts and every identifier it
   * had, as read (before this run's exclusions removed any IDENTIFIES).
   */
  record EntityRow(String id, EntityFacts facts, List<Member> members) {

    static EntityRow of(Record r) {
      String id = r.get("id").asString();
      Value ids = r.get("member_ids");
      Value types = r.get("member_types");
      Value values = r.get("member_values");
      Value firstSeen = r.get("member_first_seen_at");
      List<Member> members = new ArrayList<>(ids.size());
      for (int i = 0; i < ids.size(); i++) {
        IdentifierKey key = new IdentifierKey(types.get(i).asString(), values.get(i).asString());
        members.add(new Member(key, id, Cypher.instant(firstSeen.get(i)), ids.get(i).asLong()));
      }
      return new EntityRow(id, EntityFacts.of(r), members);
    }
  }

  /** Reads the entities {@code ids} with their identifiers, in batches. */
  static List<EntityRow> entities(Driver driver, String kind, List<String> ids) {
    List<EntityRow> out = new ArrayList<>(ids.size());
    for (int from = 0; from < ids.size(); from += ENTITIES_PER_READ) {
      List<String> batch = ids.subList(from, Math.min(ids.size(), from + ENTITIES_PER_READ));
      Cypher.query(driver, "resolve/" + kind + "-region-entities", Map.of("ids", batch))
          .forEach(r -> out.add(EntityRow.of(r)));
    }
    return out;
  }

  @Override
  public void close() {
    parallel.close();
  }
}
