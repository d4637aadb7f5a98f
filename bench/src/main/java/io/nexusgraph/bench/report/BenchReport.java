package io.nexusgraph.bench.report;

import io.nexusgraph.bench.compare.GdsComponents;
import io.nexusgraph.bench.incremental.IncrementalRun;
import io.nexusgraph.bench.pipeline.StageTiming;
import io.nexusgraph.bench.product.ProductResult;
import io.nexusgraph.bench.quality.Figures;
import java.util.List;
import java.util.Map;

/**
 * Everything one benchmark run measured, as written to the JSON result file.
 *
 * @param pipeline the main run's stages (default guardrails)
 * @param quality figures per approach and entity kind against the ground truth
 * @param approaches the side-by-side table (ours first)
 * @param sql the SQL approach's own breakdown
 * @param product the real service jar: {@code nexus run}'s stages (project included) and the API
 *     load on {@code nexus serve}; null when skipped ({@code --no-api})
 * @param notMeasured deliverables this run did not measure, with why
 * @param loadAverageAtStart the machine's load averages (1, 5, 15 min) when the run started
 * @param loadAverageAtEnd the same when it ended
 */
public record BenchReport(
    String date,
    Machine machine,
    String loadAverageAtStart,
    String loadAverageAtEnd,
    Map<String, Object> settings,
    Map<String, Object> data,
    List<StageTiming> pipeline,
    long loadResolveMillis,
    long endToEndMillis,
    Map<String, Long> nodes,
    Map<String, Long> relationships,
    boolean memoryPeaksPerStage,
    List<StageTiming> resolveWithoutGuardrails,
    List<Figures> quality,
    GdsComponents.Result gdsComponents,
    List<ApproachRow> approaches,
    Map<String, Object> sql,
    IncrementalRun.Result incremental,
    ProductResult product,
    List<Target> targets,
    List<String> notMeasured) {}
