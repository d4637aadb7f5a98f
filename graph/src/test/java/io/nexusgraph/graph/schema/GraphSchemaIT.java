package io.nexusgraph.graph.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.cypher.CypherFile;
import io.nexusgraph.testkit.NexusServers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

@ExtendWith(NexusServers.class)
class GraphSchemaIT {

  @Test
  void appliesConstraintsAndIndexesIdempotently(Driver driver) {
    GraphSchema.apply(driver);
    int second = GraphSchema.apply(driver);

    assertThat(second).as("statements run when everything exists").isZero();
    assertThat(names(driver, "SHOW CONSTRAINTS YIELD name RETURN name"))
        .contains(
            "event_id",
            "person_identifier",
            "group_identifier",
            "person_id",
            "group_id",
            "person_trait_id",
            "group_trait_id");
    assertThat(names(driver, "SHOW INDEXES YIELD name RETURN name"))
        .contains(
            "person_identifier_value",
            "group_identifier_value",
            "same_as_edge_id",
            "person_identifier_entity",
            "group_identifier_entity",
            "id_change_old_id",
            "person_identifier_email_domain",
            "person_resolved_in_run",
            "group_resolved_in_run",
            "id_change_run_id",
            "person_identifier_excluded_reason",
            "group_identifier_excluded_reason")
        .doesNotContain("event_occurred_at", "event_source");
  }

  @Test
  void everyRunsReadOfTheRecordedExclusionsScansAnIndexNotEveryIdentifier(Driver driver) {
    GraphSchema.apply(driver);
    for (String kind : List.of("person", "group")) {
      String statement = CypherFile.load("resolve/" + kind + "-exclusions").single();
      try (Session session = driver.session()) {
        Plan plan = session.run("EXPLAIN " + statement).consume().plan();
        assertThat(operators(plan))
            .as(kind)
            .contains("NodeIndexScan")
            .doesNotContain("NodeByLabelScan");
      }
    }
  }

  private static List<String> operators(Plan plan) {
    List<String> out = new ArrayList<>();
    out.add(plan.operatorType().replaceAll("@.*", ""));
    plan.children().forEach(child -> out.addAll(operators(child)));
    return out;
  }

  @Test
  void createsWhatIsMissingOnly(Driver driver) {
    GraphSchema.apply(driver);
    driver.executableQuery("DROP INDEX id_change_run_id").execute();
    driver.executableQuery("DROP CONSTRAINT group_trait_id").execute();

    int ran = GraphSchema.apply(driver);

    assertThat(ran).isEqualTo(2);
    assertThat(names(driver, "SHOW INDEXES YIELD name RETURN name")).contains("id_change_run_id");
    assertThat(names(driver, "SHOW CONSTRAINTS YIELD name RETURN name")).contains("group_trait_id");
  }

  private static List<String> names(Driver driver, String query) {
    return driver.executableQuery(query).execute().records().stream()
        .map(r -> r.get("name").asString())
        .toList();
  }
}
