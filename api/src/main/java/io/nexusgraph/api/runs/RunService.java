package io.nexusgraph.api.runs;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.nexusgraph.api.pipeline.Progress;
import io.nexusgraph.api.pipeline.RunConfig;
import io.nexusgraph.api.pipeline.RunKind;
import io.nexusgraph.api.pipeline.RunPipeline;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs started through the API: begun in the request (so a second one gets 409 at once), executed
 * on one background thread. Sources come from the run config named by {@code nexus.run.config}
 * (NEXUS_RUN_CONFIG); without one a run loads only what was posted to {@code /v1/events}.
 */
@Singleton
public final class RunService {

  private static final Logger LOG = LoggerFactory.getLogger(RunService.class);

  private final RunPipeline pipeline;
  private final RunRepository repository;
  private final JsonMapper json;
  private final String configFile;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().name("nexus-run").factory());

  RunService(
      RunPipeline pipeline,
      RunRepository repository,
      JsonMapper json,
      @Nullable @Value("${nexus.run.config:}") String configFile) {
    this.pipeline = pipeline;
    this.repository = repository;
    this.json = json;
    this.configFile = configFile;
  }

  RunView start(String kind) {
    RunConfig config =
        configFile == null || configFile.isBlank()
            ? RunConfig.empty()
            : RunConfig.load(Path.of(configFile));
    RunPipeline.Started started = pipeline.begin(RunKind.parse(kind));
    worker.execute(
        () -> {
          try {
            pipeline.execute(started, config, Progress.logLines());
          } catch (RuntimeException e) {
            LOG.debug("run failed (recorded in its runs row)", e);
          }
        });
    return view(started.run());
  }

  Optional<RunView> find(String runId) {
    return repository.findById(runId).map(this::view);
  }

  RunsPage page(String before, int limit) {
    List<RunView> runs = repository.page(before, limit).stream().map(this::view).toList();
    String next = runs.size() == limit ? runs.getLast().runId() : null;
    return new RunsPage(runs, next);
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }

  @SuppressWarnings("unchecked")
  private RunView view(Run r) {
    try {
      Map<String, Object> stats = json.readValue(r.stats(), Map.class);
      return new RunView(
          r.runId(),
          r.kind(),
          r.status(),
          r.startedAt(),
          r.finishedAt(),
          r.watermark(),
          stats,
          r.error());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
