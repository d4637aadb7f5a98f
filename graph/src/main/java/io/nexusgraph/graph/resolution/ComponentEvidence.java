package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.concurrent.Parallel;
import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.identity.IdentifierKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Reads the records (edge_ids) that link a set of identifiers, each with its linkable members. */
final class ComponentEvidence {

  /**
   * Reads at once when there are many ids, one per core of the 2-core servers targeted: the first
   * read of a large-scale nightly run (24,000 records) took 0.85 s as one read and 0.30-0.32 s as
   * two (scratch harness, a server past its first nights).
   */
  static final int READERS = 2;

  /** Fewer ids than twice this go in one read: a second would cost more than it saves. */
  static final int MIN_IDS_PER_READ = 1_000;

  private final Driver driver;
  private final int minIdsPerRead;

  ComponentEvidence(Driver driver) {
    this(driver, MIN_IDS_PER_READ);
  }

  /** As the other, reading in parts once there are twice {@code minIdsPerRead} ids. */
  ComponentEvidence(Driver driver, int minIdsPerRead) {
    this.driver = driver;
    this.minIdsPerRead = minIdsPerRead;
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
   * touching identifiers of two reads comes once per read. Many ids are read in {@link #READERS}
   * reads at once, handed to {@code sink} in order on the calling thread.
   */
  void read(String kind, List<Long> ids, Consumer<Linked> sink) {
    int size = Math.min(Batches.SIZE, Math.max(minIdsPerRead, ceilDiv(ids.size(), READERS)));
    List<List<Long>> reads = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += size) {
      reads.add(ids.subList(from, Math.min(ids.size(), from + size)));
    }
    String statement = "resolve/" + kind + "-component-evidence";
    if (reads.size() < 2) {
      reads.forEach(
          batch ->
              Cypher.query(driver, statement, Map.of("ids", batch))
                  .forEach(r -> sink.accept(linked(r))));
      return;
    }
    try (Parallel parallel = new Parallel(READERS)) {
      List<Supplier<List<Record>>> results = new ArrayList<>();
      for (List<Long> batch : reads) {
        results.add(parallel.submit(() -> Cypher.query(driver, statement, Map.of("ids", batch))));
      }
      for (Supplier<List<Record>> result : results) {
        result.get().forEach(r -> sink.accept(linked(r)));
      }
    }
  }

  private static Linked linked(Record r) {
    return new Linked(
        r.get("edge_id").asString(),
        Cypher.instant(r.get("occurred_at")),
        r.get("members").asList(Value::asLong).stream().mapToLong(Long::longValue).toArray());
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }
}
