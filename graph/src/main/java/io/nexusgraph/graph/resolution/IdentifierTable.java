package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.concurrent.Parallel;
import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.identity.IdentifierKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.FutureTask;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Every identifier of one kind by node id, read once per run ({@code <kind>-identifiers}): the
 * shared-identifier counts of a full run and the WCC members both need the keys, and reading them
 * twice (once per identifier, once more through the WCC stream) cost a first resolve at the large
 * scale about 4 s.
 *
 * <p>The resolver starts the read ({@link #readInBackground}) once the first exclusion marks are
 * set (erased, blocked, consent), so the reasons are those the shared-identifier counts must see,
 * and the read runs while the stars are counted or the graph is projected (at the large scale
 * 0.7-1.3 s of a run otherwise spent waiting). The shared-identifier marks set afterwards leave the
 * rows of the identifiers that stay linkable as they are. An identifier loaded after the read has
 * no row: the WCC members leave it to the next run.
 */
final class IdentifierTable {

  /**
   * @param entityId the entity after the last run, or null
   * @param reason why it is excluded from linking, or null: a first mark (erased, blocked, consent)
   *     as this run set it; a shared-identifier mark may be this run's or the last run's
   */
  record Row(IdentifierKey key, String entityId, Instant firstSeenAt, String reason) {}

  private final Driver driver;
  private final String kind;
  private FutureTask<Map<Long, Row>> read;

  /** A table of {@code kind}'s ("person" or "group") identifiers, read on first use. */
  IdentifierTable(Driver driver, String kind) {
    this.driver = driver;
    this.kind = kind;
  }

  /** The identifier with node id {@code id}, or null when it was loaded after the read. */
  Row get(long id) {
    return rows().get(id);
  }

  int size() {
    return rows().size();
  }

  /** Starts reading the table on a thread of its own, unless it was read or started already. */
  void readInBackground() {
    if (read == null) {
      read = new FutureTask<>(this::readAll);
      Thread.ofPlatform().daemon().name("nexus-identifier-table").start(read);
    }
  }

  private Map<Long, Row> rows() {
    if (read == null) {
      read = new FutureTask<>(this::readAll);
      read.run();
    }
    return Parallel.join(read);
  }

  private Map<Long, Row> readAll() {
    Map<Long, Row> rows = new HashMap<>();
    Cypher.stream(
        driver,
        "resolve/" + kind + "-identifiers",
        Map.of(),
        r -> rows.put(r.get("id").asLong(), row(r)));
    return rows;
  }

  private static Row row(org.neo4j.driver.Record r) {
    Value entity = r.get("entity_id");
    Value firstSeen = r.get("first_seen_at");
    Value reason = r.get("reason");
    return new Row(
        new IdentifierKey(r.get("type").asString(), r.get("value").asString()),
        entity.isNull() ? null : entity.asString(),
        Cypher.instant(firstSeen),
        reason.isNull() ? null : reason.asString());
  }
}
