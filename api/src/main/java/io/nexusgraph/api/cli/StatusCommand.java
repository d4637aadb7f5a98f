package io.nexusgraph.api.cli;

import io.nexusgraph.api.status.StatusService;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;

/** {@code nexus status}: versions and row counts, then exits. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description =
        "Prints server versions and row counts of the graph and the final tables, then exits.")
final class StatusCommand implements Runnable {

  @Inject StatusService status;

  @Override
  public void run() {
    System.out.print(status.report().render());
  }
}
