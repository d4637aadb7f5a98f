package io.nexusgraph.bench.product;

import io.nexusgraph.embedded.EmbeddedNeo4jConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The product as a user starts it: {@code java -jar api/target/nexus-api.jar <command>} (what
 * {@code ./nexus} runs), with this JVM's java and the embedded Neo4j distribution this JVM found,
 * and the JVM options {@code ./nexus} gives the command: those of every command ({@code
 * deploy/jvm/java.options}), then for {@code serve} those of {@code deploy/jvm/serve.options}.
 */
public record ServiceJar(
    Path java, Path jar, Path neo4jHome, List<String> javaOptions, List<String> serveOptions) {

  /** Where the repository keeps every command's JVM options, from its root. */
  public static final Path JAVA_OPTIONS = Path.of("deploy", "jvm", "java.options");

  /** Where the repository keeps the serving commands' JVM options, from its root. */
  public static final Path SERVE_OPTIONS = Path.of("deploy", "jvm", "serve.options");

  public ServiceJar {
    javaOptions = List.copyOf(javaOptions);
    serveOptions = List.copyOf(serveOptions);
  }

  /**
   * The jar at {@code jar}, with the options of the files {@code javaOptions} and {@code
   * serveOptions}; throws, saying how to build it, when the jar is not there.
   */
  public static ServiceJar locate(Path jar, Path javaOptions, Path serveOptions) {
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
        EmbeddedNeo4jConfig.locateDistribution(),
        options(javaOptions),
        options(serveOptions));
  }

  /** The options of a {@code *.options} file: one per line, {@code #} comments, blank lines. */
  static List<String> options(Path file) {
    try {
      return Files.readAllLines(file).stream()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the service's JVM options " + file.toAbsolutePath(), e);
    }
  }

  /** The command line of {@code nexus <args>}. */
  List<String> command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(javaOptions);
    if (args.length > 0 && (args[0].equals("serve") || args[0].equals("demo"))) {
      command.addAll(serveOptions);
    }
    command.add("-Dnexus.neo4j.home=" + neo4jHome);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    return command;
  }
}
