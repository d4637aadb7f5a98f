package io.nexusgraph.graph.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.testkit.NexusServers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;

/** Lanes of batches written at once: every row of every lane lands, a failure surfaces. */
@ExtendWith(NexusServers.class)
class BatchesIT {

  private final Driver driver;
  private final String prefix = "per_batches_" + UUID.randomUUID().toString().substring(0, 8);

  BatchesIT(Driver driver) {
    GraphSchema.apply(driver);
    this.driver = driver;
  }

  @AfterEach
  void cleanUp() {
    driver
        .executableQuery("MATCH (p:Person) WHERE p.person_id STARTS WITH $prefix DELETE p")
        .withParameters(Map.of("prefix", prefix))
        .execute();
  }

  @Test
  void everyRowOfEveryLaneIsWritten() {
    List<Map<String, Object>> rows =
        IntStream.range(0, 25)
            .mapToObj(
                i ->
                    Map.<String, Object>of(
                        "id", prefix + "_" + i, "identifier_count", i, "first_seen_at", "x"))
            .toList();

    Batches.writeLanes(
        driver,
        "resolve/person-entities",
        List.of(rows.subList(0, 10), rows.subList(10, 17), rows.subList(17, 25)),
        Map.of("run_id", "run-1"),
        2);

    assertThat(
            driver
                .executableQuery(
                    "MATCH (p:Person) WHERE p.person_id STARTS WITH $prefix"
                        + " RETURN sum(p.identifier_count) AS total, count(p) AS n,"
                        + " collect(DISTINCT p.resolved_in_run) AS runs")
                .withParameters(Map.of("prefix", prefix))
                .execute()
                .records()
                .getFirst()
                .asMap())
        .isEqualTo(Map.of("total", 300L, "n", 25L, "runs", List.of("run-1")));
  }

  @Test
  void aFailingBatchFailsTheWrite() {
    List<Map<String, Object>> rows =
        List.of(
            Map.of("id", prefix + "_ok", "identifier_count", 1, "first_seen_at", "x"),
            Map.of("identifier_count", 2, "first_seen_at", "x"));

    assertThatThrownBy(
            () ->
                Batches.writeLanes(
                    driver,
                    "resolve/person-entities",
                    List.of(rows.subList(0, 1), rows.subList(1, 2)),
                    Map.of("run_id", "run-1"),
                    1))
        .isInstanceOf(ClientException.class)
        .hasMessageContaining("null property value");
  }
}
