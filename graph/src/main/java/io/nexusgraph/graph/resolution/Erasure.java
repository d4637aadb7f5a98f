package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Erasure on request (DELETE /v1/persons/{id}): removes an entity's identifiers and everything
 * attached to them (their SAME_AS evidence, INVOLVES, IDENTIFIES and observed memberships), and the
 * entity node with its relationships, and returns the erased identifiers. The caller stores them
 * (hashed) as suppressed and hands a {@link Suppression} to later {@link Resolver}s, so that when a
 * reload brings one back it is excluded (reason {@code erased}) and never links again.
 *
 * <p>Kept: events (they describe what happened, not who), the {@code IdChange} history (opaque ids
 * only), and the other entities, which the next run re-resolves without the erased evidence. Traits
 * and participation hang off the entity node and go with it; anything another feature stores
 * elsewhere about the entity is that feature's to erase.
 */
public final class Erasure {

  private static final int MAX_MERGE_HOPS = 1_000;

  private final Driver driver;

  public Erasure(Driver driver) {
    this.driver = driver;
  }

  /** What an erasure removed. */
  public record Erased(EntityKind kind, String entityId, List<IdentifierKey> identifiers) {
    public Erased {
      identifiers = List.copyOf(identifiers);
    }
  }

  /**
   * Erases the entity with this id, or the one it was merged into (an old id leads to its
   * survivor). Nothing is erased when the id is unknown: {@code entityId} is then null.
   */
  public Erased erase(EntityKind kind, String entityId) {
    Objects.requireNonNull(entityId, "erase: the entity id is required");
    String name = kind.name().toLowerCase(Locale.ROOT);
    String current = current(kind, entityId);
    List<Record> found =
        Cypher.query(driver, "resolve/" + name + "-erase-entity", Map.of("id", current));
    if (found.isEmpty()) {
      return new Erased(kind, null, List.of());
    }
    List<IdentifierKey> erased = new ArrayList<>();
    for (Value key : found.getFirst().get("keys").values()) {
      erased.add(new IdentifierKey(key.get("type").asString(), key.get("value").asString()));
    }
    erased.sort(null);
    return new Erased(kind, current, erased);
  }

  /**
   * Erases single identifiers wherever they are. The entities they belonged to are re-resolved on
   * the next run. Returns the ones that were in the graph.
   */
  public Erased erase(EntityKind kind, Collection<IdentifierKey> identifiers) {
    String name = kind.name().toLowerCase(Locale.ROOT);
    List<IdentifierKey> erased = new ArrayList<>();
    List<Map<String, Object>> keys = identifiers.stream().distinct().map(Batches::key).toList();
    for (Record r :
        Cypher.query(driver, "resolve/" + name + "-erase-identifiers", Map.of("keys", keys))) {
      erased.add(new IdentifierKey(r.get("type").asString(), r.get("value").asString()));
    }
    erased.sort(null);
    return new Erased(kind, null, erased);
  }

  /** Follows merges from {@code id} to the entity that absorbed it. */
  private String current(EntityKind kind, String id) {
    Set<String> seen = new HashSet<>();
    String current = id;
    while (seen.add(current) && seen.size() <= MAX_MERGE_HOPS) {
      List<Record> next =
          Cypher.query(
              driver,
              "resolve/merge-successor",
              Map.of("kind", kind.name().toLowerCase(Locale.ROOT), "id", current));
      if (next.isEmpty()) {
        return current;
      }
      current = next.getFirst().get("new_id").asString();
    }
    return current;
  }
}
