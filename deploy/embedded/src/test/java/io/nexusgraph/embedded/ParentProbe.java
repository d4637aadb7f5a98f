package io.nexusgraph.embedded;

import java.nio.file.Path;

/**
 * A parent process for {@link EmbeddedNeo4jIT}: starts an embedded Neo4j, prints the server's pid,
 * and waits to be killed.
 */
public final class ParentProbe {

  static final String PREFIX = "SERVER-PID ";

  private ParentProbe() {}

  public static void main(String[] args) throws InterruptedException {
    EmbeddedNeo4j neo4j =
        EmbeddedNeo4j.start(
            EmbeddedNeo4jConfig.defaults(Path.of(args[0]))
                .withPorts(0, 0)
                .withMemory("512m", "64m"));
    System.out.println(PREFIX + neo4j.pid());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
