package io.nexusgraph.bench.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProductRunStatsTest {

  @Test
  void theRunIdIsInTheSummaryLine() {
    String output =
        """
        Run run_20261122T094259Z_8ae8d8 (incremental) succeeded in 132585 ms

          Stages                          millis            rows rows_per_second
          ingest                           10701           19222            1796
        """;

    assertThat(ProductRunStats.runId(output)).isEqualTo("run_20261122T094259Z_8ae8d8");
  }

  @Test
  void noSucceededRunIsAnError() {
    assertThatThrownBy(() -> ProductRunStats.runId("Run run_x (full) failed in 5 ms\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Run run_x (full) failed");
  }

  @Test
  void stagesInPipelineOrderWhateverTheJsonOrder() {
    // as GET /v1/runs/{id} answers: jsonb sorts keys by length, then bytes
    String run =
        """
        {"run_id":"run_1","kind":"incremental","status":"succeeded","stats":{"stages":{
          "load":{"rows":19222,"millis":60930,"rows_per_second":315},
          "ingest":{"rows":19222,"millis":10701,"rows_per_second":1796},
          "project":{"rows":35690,"millis":5755,"rows_per_second":6201},
          "resolve":{"rows":4504,"millis":55012,"rows_per_second":81}}},"error":null}
        """;

    assertThat(ProductRunStats.stages(run))
        .containsExactly(
            new ProductStageTiming("ingest", 10701, 19222, "source records read", 1796),
            new ProductStageTiming("load", 60930, 19222, "events loaded", 315),
            new ProductStageTiming("resolve", 55012, 4504, "identifiers resolved", 81),
            new ProductStageTiming("project", 5755, 35690, "final-table rows changed", 6201));
  }

  @Test
  void idStatusAndLengthOfARunAsTheApiShowsIt() {
    String running =
        """
        {"run_id":"run_20261124T020000Z_0a1b2c","kind":"incremental","status":"running",
         "started_at":"2026-11-24T02:00:00.250Z","finished_at":null}
        """;
    String done =
        """
        {"run_id":"run_20261124T020000Z_0a1b2c","kind":"incremental","status":"failed",
         "started_at":"2026-11-24T02:00:00.250Z","finished_at":"2026-11-24T02:00:19.875Z"}
        """;

    assertThat(ProductRunStats.id(running)).isEqualTo("run_20261124T020000Z_0a1b2c");
    assertThat(ProductRunStats.running(running)).isTrue();
    assertThat(ProductRunStats.running(done)).isFalse();
    assertThat(ProductRunStats.millis(done)).isEqualTo(19_625);
    assertThatThrownBy(() -> ProductRunStats.id("{\"status\":\"running\"}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no run_id");
  }

  @Test
  void aFailedRunOrAMissingStageIsAnError() {
    assertThatThrownBy(
            () -> ProductRunStats.stages("{\"status\":\"failed\",\"error\":\"disk full\"}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("did not succeed")
        .hasMessageContaining("disk full");
    assertThatThrownBy(
            () ->
                ProductRunStats.stages(
                    "{\"status\":\"succeeded\",\"stats\":{\"stages\":{\"ingest\":{}}}}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no figures for its load stage");
  }
}
