package io.nexusgraph.bench.product;

import io.nexusgraph.embedded.EmbeddedNeo4jConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The product as a user starts it: {@code java -jar api/target/nexus-api.jar <command>} (what
 * {@code ./nexus} runs), with this JVM's java and the embedded Neo4j distribution this JVM found.
 */
public record ServiceJar(Path java, Path jar, Path neo4jHome) {

  /** The jar at {@code jar}; throws, saying how to build it, when it is not there. */
  public static ServiceJar locate(Path jar) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "no service jar at "
              + jar.toAbsolutePath()
              + ": build it with ./mvnw -B -q -pl api -am package -DskipTests (bench/run does),"
              + " or pass --service-jar, or skip the product stage with --no-api");
    }
    return new ServiceJar(
        Path.of(System.getProperty("java.home"), "bin", "java"),
        jar.toAbsolutePath(),
        EmbeddedNeo4jConfig.locateDistribution());
  }

  /** The command line of {@code nexus <args>}. */
  List<String> command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.add("-Dnexus.neo4j.home=" + neo4jHome);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    return command;
  }
}
