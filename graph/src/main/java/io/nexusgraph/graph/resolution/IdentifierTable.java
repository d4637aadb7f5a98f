package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.identity.IdentifierKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Every identifier of one kind by node id, read once per run ({@code <kind>-identifiers}) on first
 * use: the shared-identifier counts of a full run and the WCC members both need the keys, and
 * reading them twice (once per identifier, once more through the WCC stream) cost a first resolve
 * at the large scale about 4 s.
 *
 * <p>Read after the first exclusion marks are set (erased, blocked, consent), so the reasons are
 * those the shared-identifier counts must see; the shared-identifier marks set afterwards leave the
 * rows of the identifiers that stay linkable as they are. An identifier loaded after the read has
 * no row: the WCC members leave it to the next run.
 */
final class IdentifierTable {

  /**
   * @param entityId the entity after the last run, or null
   * @param reason why it is excluded from linking, or null
   */
  record Row(IdentifierKey key, String entityId, Instant firstSeenAt, String reason) {}

  private final Driver driver;
  private final String kind;
  private Map<Long, Row> rows;

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

  private Map<Long, Row> rows() {
    if (rows == null) {
      Map<Long, Row> read = new HashMap<>();
      Cypher.stream(
          driver,
          "resolve/" + kind + "-identifiers",
          Map.of(),
          r -> read.put(r.get("id").asLong(), row(r)));
      rows = read;
    }
    return rows;
  }

  private static Row row(org.neo4j.driver.Record r) {
    Value entity = r.get("entity_id");
    Value firstSeen = r.get("first_seen_at");
    Value reason = r.get("reason");
    return new Row(
        new IdentifierKey(r.get("type").asString(), r.get("value").asString()),
        entity.isNull() ? null : entity.asString(),
        firstSeen.isNull() ? null : firstSeen.asZonedDateTime().toInstant(),
        reason.isNull() ? null : reason.asString());
  }
}
