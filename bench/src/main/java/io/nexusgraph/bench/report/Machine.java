package io.nexusgraph.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The machine a run measured: cores this JVM sees, meters, CPU model, JDK and operating system. */
public record Machine(int cores, long memoryMb, String cpu, String jdk, String os) {

  public static Machine describe() {
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        procValue("/proc/meminfo", "MemTotal:")
            .map(v -> Long.parseLong(v.replace("kB", "").strip()) / 1024)
            .orElse(-1L),
        procValue("/proc/cpuinfo", "model name")
            .map(v -> v.replaceFirst("^\\s*:\\s*", ""))
            .orElse("unknown"),
        System.getProperty("java.vm.vendor")
            + " "
            + System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version"),
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"));
  }

  /** The 1, 5 and 15 minute load averages: how busy the machine is besides this run. */
  public static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static Optional<String> procValue(String file, String prefix) {
    try {
      List<String> lines = Files.readAllLines(Path.of(file));
      return lines.stream()
          .filter(l -> l.startsWith(prefix))
          .findFirst()
          .map(l -> l.substring(prefix.length()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
