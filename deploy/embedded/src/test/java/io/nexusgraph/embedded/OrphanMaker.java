package io.nexusgraph.embedded;

import java.nio.file.Path;

/**
 * Starts the embedded PostgreSQL on the home given as argument, says {@code STARTED} and waits to
 * be killed: a JVM that dies without stopping its server, for {@link OrphanedPostmasterIT}.
 */
public final class OrphanMaker {

  private OrphanMaker() {}

  public static void main(String[] args) throws InterruptedException {
    EmbeddedPostgresServer.start(EmbeddedPostgresConfig.defaults(Path.of(args[0])).withPort(0));
    System.out.println("STARTED");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
