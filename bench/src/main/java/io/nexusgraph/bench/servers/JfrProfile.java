package io.nexusgraph.bench.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Java Flight Recorder recording of another JVM (the Neo4j server, or this one), started and
 * stopped with the JDK's {@code jcmd}, summarised with {@code jfr view hot-methods}: where the CPU
 * went during the recorded stages.
 */
public final class JfrProfile {

  private static final String NAME = "nexus-bench";

  private final long pid;
  private final Path file;

  private JfrProfile(long pid, Path file) {
    this.pid = pid;
    this.file = file;
  }

  /** Starts recording {@code pid} into {@code file} (JFR's "profile" settings). */
  public static JfrProfile start(long pid, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of " + file, e);
    }
    tool(
        "jcmd",
        Long.toString(pid),
        "JFR.start",
        "name=" + NAME,
        "settings=profile",
        "filename=" + file.toAbsolutePath());
    return new JfrProfile(pid, file);
  }

  /** Stops the recording (the file is written) and returns the hot-methods summary. */
  public String stopAndSummarise() {
    tool("jcmd", Long.toString(pid), "JFR.stop", "name=" + NAME);
    return tool("jfr", "view", "--width", "200", "hot-methods", file.toAbsolutePath().toString());
  }

  public Path file() {
    return file;
  }

  private static String tool(String name, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", name).toString());
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", command) + " failed: " + out.strip() + " (needs a full JDK)");
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command.getFirst(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + name, e);
    }
  }
}
