package io.nexusgraph.api.runs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.nexusgraph.api.pipeline.RunInProgressException;
import io.nexusgraph.api.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;

/** {@code /v1/runs}: start a run (admin), read one or the newest ones (read). */
@Controller("/v1/runs")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("read")
class RunsController {

  private final RunService runs;

  RunsController(RunService runs) {
    this.runs = runs;
  }

  /** Starts a run in the background; 202 with the run, 409 when one is in progress. */
  @Post
  @Secured("admin")
  HttpResponse<RunView> start(@Body @Valid @Nullable RunRequest request) {
    RunView run;
    try {
      run = runs.start(request == null || request.kind() == null ? "incremental" : request.kind());
    } catch (RunInProgressException e) {
      throw new ProblemException(HttpStatus.CONFLICT, e.getMessage(), List.of());
    }
    return HttpResponse.accepted(URI.create("/v1/runs/" + run.runId())).body(run);
  }

  @Get("/{runId}")
  RunView one(@PathVariable String runId) {
    return runs.find(runId).orElseThrow(() -> ProblemException.notFound("no run " + runId));
  }

  @Get
  RunsPage page(
      @QueryValue(defaultValue = "20") @Min(1) @Max(200) int limit,
      @QueryValue @Nullable String before) {
    return runs.page(before, limit);
  }
}
