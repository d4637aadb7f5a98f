package io.nexusgraph.graph.load.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@code neo4j-admin database import full} (main class {@code org.neo4j.cli.AdminTool} of the
 * server distribution) in a JVM of its own against a stopped server's home. The server is set up by
 * settings, not a {@code neo4j.conf}, and keeps Neo4j's default directories under its home, so
 * {@code NEO4J_HOME} alone leads the importer to the same store. Any bad entry fails the import
 * ({@code --bad-tolerance=0}): the input is consistent by construction, so one means a bug.
 *
 * <p>A failed import leaves a half-written store; it is deleted so that the server creates the
 * default database empty again at its next start, and the Bolt loader can still fill it.
 */
final class AdminImport {

  static final String DATABASE = "neo4j";
  private static final String MAIN_CLASS = "org.neo4j.cli.AdminTool";

  private AdminImport() {}

  /** Imports the sources into the stopped server's default database, replacing what it holds. */
  static void run(ImportTarget target, ImportSettings settings, List<ImportSource> sources) {
    Path home = target.home().toAbsolutePath();
    Path logs = home.resolve("logs");
    Path log = logs.resolve("import.log");
    Path report = logs.resolve("import.report");
    List<String> command = command(target, settings, sources, report);
    int exit;
    try {
      Files.createDirectories(logs);
      Files.deleteIfExists(report);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .directory(home.toFile());
      builder.environment().put("NEO4J_HOME", home.toString());
      builder.environment().remove("NEO4J_CONF");
      Process process = builder.start();
      if (!process.waitFor(settings.timeout().toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        exit = -1;
      } else {
        exit = process.exitValue();
      }
    } catch (IOException e) {
      throw new BulkImportException(
          "Cannot run Neo4j's importer from " + target.distribution() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exit = -2;
    }
    if (exit != 0) {
      deleteStore(home);
      throw new BulkImportException(
          ("Neo4j's importer %s; see %s and the bad entries in %s. The half-written store was"
                  + " deleted, so the graph is empty again: fix the cause and import again, or"
                  + " load the same batches over Bolt (GraphLoader).")
              .formatted(
                  exit == -1
                      ? "did not finish within " + settings.timeout()
                      : exit == -2 ? "was interrupted" : "failed with exit code " + exit,
                  log,
                  report));
    }
  }

  static List<String> command(
      ImportTarget target, ImportSettings settings, List<ImportSource> sources, Path report) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + settings.heap());
    command.add("-Dfile.encoding=UTF-8");
    command.add("-Djava.io.tmpdir=" + target.home().toAbsolutePath().resolve("tmp"));
    command.addAll(target.jvmFlags());
    command.add("-cp");
    command.add(target.distribution().toAbsolutePath().resolve("lib") + "/*");
    command.add(MAIN_CLASS);
    command.addAll(List.of("database", "import", "full", DATABASE));
    command.add("--overwrite-destination=true");
    command.add("--threads=" + settings.threads());
    command.add("--max-off-heap-memory=" + settings.maxOffHeapMemory());
    command.add("--bad-tolerance=0");
    // The files carry the store's node ids (NodeIds), so the importer maps no ids at all.
    command.add("--id-type=actual");
    command.add("--report-file=" + report);
    // Input paths are literal, never patterns; which files span lines is listed (format v2), so
    // the others keep the importer's fast single-line reader.
    command.add("--path-pattern-style=none");
    List<String> multiline =
        sources.stream().filter(ImportSource::multiline).map(s -> s.file().toString()).toList();
    if (!multiline.isEmpty()) {
      command.add("--multiline-fields-format=v2");
      command.add("--multiline-fields=" + String.join(",", multiline));
    }
    for (ImportSource source : sources) {
      command.add(source.argument());
    }
    return command;
  }

  /** Deletes the default database's store and transaction logs (server stopped). */
  static void deleteStore(Path home) {
    for (Path dir :
        List.of(
            home.resolve("data/databases").resolve(DATABASE),
            home.resolve("data/transactions").resolve(DATABASE))) {
      if (!Files.exists(dir)) {
        continue;
      }
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot delete the half-imported store " + dir + "; delete it by hand", e);
      }
    }
  }
}
