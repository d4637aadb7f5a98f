package io.nexusgraph.graph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.load.bulk.OwnNeo4j;
import io.nexusgraph.graph.schema.GraphSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * A first run on a store of its own that no SAME_AS was ever written to (every record carries one
 * identifier): the shared test server has long had one, so only a fresh store shows whether the
 * resolver's projection can name SAME_AS.link before any data carries it.
 */
class FreshStoreIT {

  private static OwnNeo4j neo4j;
  private static Driver driver;

  @BeforeAll
  static void start() throws Exception {
    neo4j = new OwnNeo4j();
    driver = neo4j.driver();
  }

  @AfterAll
  static void stop() {
    neo4j.close();
  }

  @Test
  void recordsWithOneIdentifierEachResolveIntoOnePersonEachOnAStoreWithoutSameAs() {
    GraphSchema.apply(driver);
    assertThat(count("MATCH (n) RETURN count(n) AS n")).isEqualTo(1); // the GraphModel node
    assertThat(count("MATCH ()-[r]->() RETURN count(r) AS n")).isZero();

    Scenario s = new Scenario(driver);
    IdentifierKey ann = s.id("email", "ann");
    IdentifierKey bob = s.id("phone", "bob");
    s.load(s.recordOf("r1", 1, ann), s.recordOf("r2", 2, bob));
    ResolutionResult result = s.resolve();

    assertThat(count("MATCH ()-[r:SAME_AS]->() RETURN count(r) AS n")).isZero();
    assertThat(result.entities()).isEqualTo(2);
    assertThat(s.personOf(ann)).startsWith("per_").isNotEqualTo(s.personOf(bob));
  }

  private static long count(String query) {
    return driver.executableQuery(query).execute().records().getFirst().get("n").asLong();
  }
}
