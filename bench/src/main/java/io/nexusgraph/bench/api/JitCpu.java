package io.nexusgraph.bench.api;

import io.nexusgraph.bench.pipeline.Meters;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of a JVM's JIT compiler threads, per thread, from {@code /proc/<pid>/task/<tid>/stat}
 * (HotSpot names them {@code C1 CompilerThread<n>} / {@code C2 CompilerThread<n>}, which Linux cuts
 * to 15 characters). A service JVM compiles its hot paths for minutes after it starts, and on two
 * cores those threads take CPU from the requests being measured: this says how much.
 */
final class JitCpu {

  private static final String COMPILER = " CompilerThre";

  private JitCpu() {}

  /** Compiler-thread ticks by thread id for {@code pid}; empty when unreadable. */
  static Map<String, Long> ticks(Path proc, long pid) {
    Map<String, Long> out = new HashMap<>();
    try (DirectoryStream<Path> tasks =
        Files.newDirectoryStream(proc.resolve(Long.toString(pid)).resolve("task"))) {
      for (Path task : tasks) {
        long ticks = compilerTicks(task.resolve("stat"));
        if (ticks >= 0) {
          out.put(task.getFileName().toString(), ticks);
        }
      }
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
    return out;
  }

  /**
   * Seconds the compiler threads ran between two readings. A compiler thread that ended in between
   * (HotSpot stops idle ones) takes its ticks since {@code before} with it, so this is a lower
   * bound.
   */
  static double secondsBetween(Map<String, Long> before, Map<String, Long> after) {
    long ticks = 0;
    for (Map.Entry<String, Long> thread : after.entrySet()) {
      ticks += Math.max(0, thread.getValue() - before.getOrDefault(thread.getKey(), 0L));
    }
    return Meters.tickSeconds(ticks);
  }

  /** utime + stime of a compiler thread; -1 for any other thread or when it has ended. */
  private static long compilerTicks(Path stat) {
    String line;
    try {
      line = Files.readString(stat);
    } catch (IOException e) {
      return -1;
    }
    String name = line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
    if (!name.startsWith("C") || !name.startsWith(COMPILER, 2)) {
      return -1;
    }
    return Meters.statTicks(line);
  }
}
