package io.nexusgraph.api.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.nexusgraph.api.runtime.ServiceHarness;
import io.nexusgraph.testkit.Neo4jConnection;
import io.nexusgraph.testkit.NexusServers;
import io.nexusgraph.testkit.PostgresConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

@ExtendWith(NexusServers.class)
class StatusServiceIT {

  private final Driver driver;

  StatusServiceIT(Driver driver) {
    this.driver = driver;
  }

  @AfterEach
  void cleanUp() {
    driver.executableQuery("MATCH (n:StatusItProbe) DELETE n").execute();
  }

  @Test
  void reportsVersionsNodeCountsAndExactRowCounts(
      Neo4jConnection neo4j, PostgresConnection postgres) {
    driver.executableQuery("UNWIND range(1, 3) AS i CREATE (:StatusItProbe {i: i})").execute();

    StatusReport report;
    try (ApplicationContext cli = ServiceHarness.cliContext(neo4j, postgres)) {
      report = cli.getBean(StatusService.class).report();
    }

    assertThat(report.versions()).containsEntry("gds", "2.26.0").containsKeys("neo4j", "nexus");
    assertThat(report.versions().get("postgresql")).startsWith("17.");
    assertThat(report.graphNodes()).containsEntry("StatusItProbe", 3L);
    assertThat(report.tableRows())
        .containsEntry("persons", 0L)
        .containsEntry("api_keys", 0L)
        .doesNotContainKey("flyway_schema_history")
        .hasSize(24);
    assertThat(report.render()).contains("  StatusItProbe                  3\n");
  }
}
