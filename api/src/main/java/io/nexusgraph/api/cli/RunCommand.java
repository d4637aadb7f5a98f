package io.nexusgraph.api.cli;

import io.nexusgraph.api.pipeline.RunKind;
import io.nexusgraph.api.pipeline.RunOnce;
import jakarta.inject.Inject;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nexus run}: one pipeline run over the sources of a run config, then exits. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests the sources of a run config into the event log, loads what is new into Neo4j,"
          + " resolves persons and groups and projects the final tables in PostgreSQL.",
      "The run config format is in docs/run-config.md."
    })
final class RunCommand implements Runnable {

  @Option(
      names = {"-c", "--config"},
      required = true,
      paramLabel = "FILE",
      description = "the run config (YAML) naming the sources")
  Path config;

  @Option(
      names = "--full",
      description = "rebuild the identity graph from the whole stored event log (ids stay stable)")
  boolean full;

  @Inject RunOnce runOnce;

  @Override
  public void run() {
    System.out.print(runOnce.run(config, full ? RunKind.FULL : RunKind.INCREMENTAL).render());
  }
}
