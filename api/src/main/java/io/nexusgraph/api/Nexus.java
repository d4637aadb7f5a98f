package io.nexusgraph.api;

import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.nexusgraph.api.cli.NexusCommand;
import io.nexusgraph.api.cli.OneLineErrors;
import picocli.CommandLine;

/**
 * The {@code nexus} command line: {@code serve}, {@code status}, {@code --help}, {@code --version}.
 */
public final class Nexus {

  private Nexus() {}

  public static void main(String[] args) {
    int exitCode;
    try (ApplicationContext cli =
        ApplicationContext.builder(NexusCommand.class, Environment.CLI).start()) {
      exitCode =
          new CommandLine(NexusCommand.class, new MicronautFactory(cli))
              .setExecutionExceptionHandler(new OneLineErrors())
              .execute(args);
    }
    System.exit(exitCode);
  }
}
