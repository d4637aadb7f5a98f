package io.nexusgraph.graph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.testkit.NexusServers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * A rebuild from the event log: wipe the evidence, reload, resolve; every entity keeps its id.
 * GraphWipe clears the whole (shared) graph's evidence; the other test classes clean up after
 * themselves, so only this test's data is there.
 */
@ExtendWith(NexusServers.class)
class GraphWipeIT {

  private final Driver driver;
  private final Scenario s;

  GraphWipeIT(Driver driver) {
    GraphSchema.apply(driver);
    this.driver = driver;
    this.s = new Scenario(driver);
  }

  @AfterEach
  void cleanUp() {
    s.cleanUp();
  }

  @Test
  void wipingTheEvidenceAndReloadingTheEventLogGivesEveryEntityItsId() {
    IdentifierKey zed = s.id("email", "zed");
    IdentifierKey adam = s.id("email", "adam");
    IdentifierKey n1 = s.id("email", "n1");
    IdentifierKey n2 = s.id("email", "n2");
    IdentifierKey lonely = s.id("email", "lonely");
    List<EventLogBatch> log =
        List.of(
            s.recordOf("r1", 5, zed),
            s.recordOf("r2", 6, zed, adam),
            s.recordOf("r3", 2, n2),
            s.recordOf("r4", 1, n1),
            s.recordOf("r5", 3, n1, n2));
    // history: zed gains adam (zed's id stays although adam sorts first); n2 and n1 merge
    s.load(log.get(0));
    s.resolve();
    s.load(log.get(1), log.get(2), log.get(3));
    s.resolve();
    s.load(log.get(4), s.recordOf("gone", 1, lonely));
    s.resolve();
    Map<IdentifierKey, String> before = ids(zed, adam, n1, n2);
    String lonelyId = s.personOf(lonely);
    List<Map<String, Object>> history = s.idChanges();
    assertThat(history).hasSize(1);

    new GraphWipe(driver, 2).evidence();

    assertThat(count("MATCH (e:Event) RETURN count(e) AS n")).isZero();
    assertThat(count("MATCH ()-[r:SAME_AS|INVOLVES]->() RETURN count(r) AS n")).isZero();
    assertThat(
            count("MATCH (i:PersonIdentifier) UNWIND keys(i) AS k RETURN count(DISTINCT k) AS n"))
        .isEqualTo(3); // type, value, entity_id
    assertThat(ids(zed, adam, n1, n2)).isEqualTo(before);
    assertThat(count("MATCH (i:PersonIdentifier:Unloaded) RETURN count(i) AS n")).isEqualTo(5);

    s.load(log.toArray(EventLogBatch[]::new)); // the event log, without the record of lonely
    assertThat(
            driver
                .executableQuery("MATCH (i:PersonIdentifier:Unloaded) RETURN i.value AS v")
                .execute()
                .records()
                .stream()
                .map(r -> r.get("v").asString())
                .toList())
        .containsExactly(lonely.value());
    ResolutionResult result = s.resolve();

    assertThat(ids(zed, adam, n1, n2)).isEqualTo(before);
    assertThat(result.changes()).isEmpty();
    assertThat(result.changedIdentifiers()).isZero();
    assertThat(result.forgotten()).isEqualTo(1);
    assertThat(s.hasPerson(lonely)).isFalse();
    assertThat(s.personExists(lonelyId)).isFalse();
    assertThat(s.idChanges()).isEqualTo(history);
    assertThat(count("MATCH (i:Unloaded) RETURN count(i) AS n")).isZero();
  }

  private Map<IdentifierKey, String> ids(IdentifierKey... keys) {
    Map<IdentifierKey, String> ids = new LinkedHashMap<>();
    for (IdentifierKey key : keys) {
      ids.put(key, s.personOf(key));
    }
    return ids;
  }

  private long count(String cypher) {
    return driver.executableQuery(cypher).execute().records().getFirst().get("n").asLong();
  }
}
