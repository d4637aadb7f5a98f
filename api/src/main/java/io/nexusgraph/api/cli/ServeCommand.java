package io.nexusgraph.api.cli;

import io.nexusgraph.api.runtime.ServeService;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;

/** {@code nexus serve}: starts everything and serves the API until Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Starts Neo4j (with GDS and Browser) and PostgreSQL, embedded unless NEXUS_NEO4J_URI /"
          + " NEXUS_JDBC_URL name external ones, then serves the API.",
      "Prints the API, Neo4j Browser and JDBC addresses. Ctrl-C stops all of it."
    })
final class ServeCommand implements Runnable {

  @Inject ServeService serve;

  @Override
  public void run() {
    serve.serveUntilStopped();
  }
}
