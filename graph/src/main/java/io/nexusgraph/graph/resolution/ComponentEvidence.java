package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.identity.IdentifierKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Reads the records (edge_ids) that link a set of identifiers, each with its linkable members. */
final class ComponentEvidence {

  private final Driver driver;

  ComponentEvidence(Driver driver) {
    this.driver = driver;
  }

  /**
   * The evidence touching {@code members}, one entry per edge_id, in edge_id order, with the
   * records' members among {@code members}. Every linkable member of such a record is linked to the
   * one it was found from, so it is in the same component: only an identifier loaded since the
   * components were computed is left out (still pending, the next run resolves it).
   */
  List<Evidence> of(String kind, List<Member> members) {
    Map<Long, IdentifierKey> keyOf = new HashMap<>();
    List<Long> ids = new ArrayList<>(members.size());
    for (Member m : members) {
      keyOf.put(m.nodeId(), m.key());
      ids.add(m.nodeId());
    }
    Map<String, Evidence> byEdge = new TreeMap<>();
    read(
        kind,
        ids,
        record -> {
          List<IdentifierKey> keys = new ArrayList<>();
          for (long id : record.members()) {
            IdentifierKey key = keyOf.get(id);
            if (key != null) { // null only for one loaded since WCC ran, left to the next run
              keys.add(key);
            }
          }
          if (keys.size() > 1) {
            byEdge.put(record.edgeId(), new Evidence(record.edgeId(), record.occurredAt(), keys));
          }
        });
    return List.copyOf(byEdge.values());
  }

  /**
   * One record by node ids: its members that may link (hub and spokes not excluded, at least two).
   */
  record Linked(String edgeId, Instant occurredAt, long[] members) {}

  /**
   * Passes {@code sink} the records touching the identifiers with node ids {@code ids}; a record
   * touching identifiers of two batches of {@link Batches#SIZE} comes once per batch.
   */
  void read(String kind, List<Long> ids, Consumer<Linked> sink) {
    for (int from = 0; from < ids.size(); from += Batches.SIZE) {
      List<Long> batch = ids.subList(from, Math.min(ids.size(), from + Batches.SIZE));
      for (Record r :
          Cypher.query(driver, "resolve/" + kind + "-component-evidence", Map.of("ids", batch))) {
        Value at = r.get("occurred_at");
        sink.accept(
            new Linked(
                r.get("edge_id").asString(),
                at.isNull() ? null : at.asZonedDateTime().toInstant(),
                r.get("members").asList(Value::asLong).stream()
                    .mapToLong(Long::longValue)
                    .toArray()));
      }
    }
  }
}
