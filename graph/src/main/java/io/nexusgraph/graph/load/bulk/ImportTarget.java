package io.nexusgraph.graph.load.bulk;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A Neo4j server this process controls, which the bulk import can stop, import into and start
 * again; the embedded server ({@code EmbeddedNeo4j}) is one: {@code new ImportTarget(neo4j.home(),
 * neo4j.distribution(), neo4j.jvmFlags(), neo4j::restartAround)}. An external Neo4j is not: load it
 * over Bolt.
 *
 * @param home the server's home: its {@code data/} is where the importer writes the store, its
 *     {@code tmp/} holds the input files, its {@code logs/} the importer's log and report
 * @param distribution the server distribution whose {@code lib/} holds Neo4j's admin tool
 * @param jvmFlags the flags the server's JVM runs with (besides memory and paths), which the
 *     importer's JVM gets too
 * @param restartAround stops the server, runs the given action, and starts the server again (also
 *     when the action throws)
 */
public record ImportTarget(
    Path home, Path distribution, List<String> jvmFlags, Consumer<Runnable> restartAround) {

  public ImportTarget {
    jvmFlags = List.copyOf(jvmFlags);
  }
}
