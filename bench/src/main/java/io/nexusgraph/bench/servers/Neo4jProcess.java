package io.nexusgraph.bench.servers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Finds the embedded Neo4j server JVM among the descendants of this JVM (for runs where the server
 * was started by someone else in this JVM, e.g. the test kit) or of a service JVM, by its main
 * class on the command line.
 */
public final class Neo4jProcess {

  private static final String MAIN_CLASS = "io.nexusgraph.neo4jserver.Neo4jServerMain";

  private Neo4jProcess() {}

  public static OptionalLong amongDescendants() {
    return amongDescendantsOf(ProcessHandle.current());
  }

  /** The Neo4j server JVM among the descendants of {@code root}, e.g. a service JVM. */
  public static OptionalLong amongDescendantsOf(ProcessHandle root) {
    return root.descendants()
        .filter(p -> commandLine(p.pid()).contains(MAIN_CLASS))
        .mapToLong(ProcessHandle::pid)
        .findFirst();
  }

  private static String commandLine(long pid) {
    try {
      byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
      return new String(raw, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
