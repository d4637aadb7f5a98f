package io.nexusgraph.api.cli;

import io.nexusgraph.api.demo.DemoService;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;

/** {@code nexus demo}: demo data, one run over it, then serve with copy-paste commands. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Generates a demo dataset (a fictional B2B company's customers in real export formats),"
          + " resolves it, then serves the API like `serve`.",
      "Prints an API key and three curl commands that work. A second demo reuses the data."
    })
final class DemoCommand implements Runnable {

  @Inject DemoService demo;

  @Override
  public void run() {
    demo.demoUntilStopped();
  }
}
