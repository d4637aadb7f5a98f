package io.nexusgraph.api.cli;

import io.nexusgraph.api.info.NexusVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command: only groups the subcommands. */
@Command(
    name = "nexus",
    description = "Nexus Graph: people, companies and events from all your sources, resolved.",
    mixinStandardHelpOptions = true,
    versionProvider = NexusCommand.Version.class,
    subcommands = {
      ServeCommand.class,
      DemoCommand.class,
      RunCommand.class,
      StatusCommand.class,
      ApikeyCommand.class
    })
public final class NexusCommand implements Runnable {

  @Spec CommandSpec spec;

  /** Without a subcommand: the usage, as {@code --help} prints it. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code --version}: this build and the server versions it is built for. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"Nexus Graph " + NexusVersion.get()};
    }
  }
}
