package io.nexusgraph.bench.product;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what the product says about its run: the run id from {@code nexus run}'s summary line, and
 * the per-stage figures from {@code GET /v1/runs/{id}} ({@code stats.stages}).
 */
final class ProductRunStats {

  /** The product's stages in pipeline order (docs/run-config.md), with what their rows are. */
  private static final List<Stage> STAGES =
      List.of(
          new Stage("ingest", "source records read"),
          new Stage("load", "events loaded"),
          new Stage("resolve", "identifiers resolved"),
          new Stage("project", "final-table rows changed"));

  private static final Pattern SUMMARY =
      Pattern.compile("^Run (run_\\S+) \\((\\w+)\\) succeeded in \\d+ ms$", Pattern.MULTILINE);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ProductRunStats() {}

  /** The id in the first line of a succeeded {@code nexus run}; throws when there is none. */
  static String runId(String output) {
    Matcher m = SUMMARY.matcher(output);
    if (!m.find()) {
      throw new IllegalStateException(
          "nexus run printed no 'Run run_… succeeded' line; it printed: "
              + output.substring(0, Math.min(500, output.length())));
    }
    return m.group(1);
  }

  /**
   * The stages of a run as {@code GET /v1/runs/{id}} shows them, in pipeline order; throws when the
   * run did not succeed or a stage is missing.
   */
  static List<ProductStageTiming> stages(String runJson) {
    JsonNode run = JSON.readTree(runJson);
    if (!"succeeded".equals(run.path("status").asString())) {
      throw new IllegalStateException("the product's run did not succeed: " + runJson);
    }
    JsonNode stages = run.path("stats").path("stages");
    List<ProductStageTiming> out = new ArrayList<>();
    for (Stage stage : STAGES) {
      JsonNode s = stages.get(stage.name());
      if (s == null) {
        throw new IllegalStateException(
            "the product's run has no figures for its " + stage.name() + " stage: " + runJson);
      }
      out.add(
          new ProductStageTiming(
              stage.name(),
              s.path("millis").asLong(),
              s.path("rows").asLong(),
              stage.unit(),
              s.path("rows_per_second").asLong()));
    }
    return out;
  }

  /** The {@code run_id} of a run as the API shows it. */
  static String id(String runJson) {
    String id = JSON.readTree(runJson).path("run_id").asString();
    if (id == null || id.isEmpty()) {
      throw new IllegalStateException("the API's run has no run_id: " + runJson);
    }
    return id;
  }

  /** Whether the run is still going ({@code status: running}). */
  static boolean running(String runJson) {
    return "running".equals(JSON.readTree(runJson).path("status").asString());
  }

  /** From {@code started_at} to {@code finished_at} of a finished run. */
  static long millis(String runJson) {
    JsonNode run = JSON.readTree(runJson);
    return Duration.between(
            Instant.parse(run.path("started_at").asString()),
            Instant.parse(run.path("finished_at").asString()))
        .toMillis();
  }

  private record Stage(String name, String unit) {}
}
