package io.nexusgraph.graph.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.testkit.NexusServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** The loader's warm-up: the statement is planned (in Neo4j's query cache) and writes nothing. */
@ExtendWith(NexusServers.class)
class PlanWarmupIT {

  private final Driver driver;

  PlanWarmupIT(Driver driver) {
    this.driver = driver;
    GraphSchema.apply(driver);
  }

  @Test
  void leavesTheStatementPlannedAndTheGraphAsItWas() {
    long nodes = count("MATCH (n) RETURN count(n) AS n");
    clearQueryCaches();

    try (PlanWarmup warmup = PlanWarmup.start(driver, "event")) {
      assertThat(warmup).isNotNull();
    }

    // the warm-up's statement is the one query the cache holds now
    assertThat(clearQueryCaches()).contains("cleared of 1 queries");
    assertThat(count("MATCH (n) RETURN count(n) AS n")).isEqualTo(nodes);
  }

  @Test
  void aFailingStatementIsLeftToTheLoadToReport() {
    assertThatCode(() -> PlanWarmup.start(driver, "test-invalid").close())
        .doesNotThrowAnyException();
  }

  private String clearQueryCaches() {
    return driver
        .executableQuery("CALL db.clearQueryCaches()")
        .execute()
        .records()
        .getFirst()
        .get(0)
        .asString();
  }

  private long count(String query) {
    return driver.executableQuery(query).execute().records().getFirst().get("n").asLong();
  }
}
