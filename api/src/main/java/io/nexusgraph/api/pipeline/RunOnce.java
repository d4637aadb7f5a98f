package io.nexusgraph.api.pipeline;

import io.micronaut.context.ApplicationContext;
import io.nexusgraph.api.runs.Run;
import io.nexusgraph.api.runtime.Servers;
import io.nexusgraph.api.runtime.ServersStarter;
import io.nexusgraph.api.runtime.ServiceContext;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/**
 * {@code nexus run}: servers up, one pipeline run over the sources of a run config, servers down.
 * Returns the finished run; a failed run throws with its message after its row is written.
 */
@Singleton
public final class RunOnce {

  private final ServersStarter starter;

  RunOnce(ServersStarter starter) {
    this.starter = starter;
  }

  public RunSummary run(Path configFile, RunKind kind) {
    RunConfig config = RunConfig.load(configFile);
    try (Servers servers = starter.start();
        ApplicationContext service = ServiceContext.start(servers)) {
      Run run = service.getBean(RunPipeline.class).run(kind, config, Progress.forThisProcess());
      return RunSummary.of(run, service);
    }
  }
}
