package io.nexusgraph.bench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Peak resident memory (Linux {@code VmHWM}) and CPU time ({@code /proc/<pid>/stat} utime + stime)
 * of this JVM and of the Neo4j server JVM. Before each stage the peaks are reset ({@code
 * clear_refs} 5) so each stage gets its own peak; where that is not allowed the figures are peaks
 * since the process started ({@link #resettable()} false). CPU time tells how much work a stage did
 * when other processes compete for the cores and inflate wall time.
 */
public final class Meters {

  /** Linux USER_HZ: clock ticks per second in /proc/<pid>/stat. */
  private static final long TICKS_PER_SECOND = 100;

  private final long benchPid;
  private final Supplier<OptionalLong> neo4jPid;
  private boolean resettable = true;

  public Meters(long benchPid, OptionalLong neo4jPid) {
    this(benchPid, () -> neo4jPid);
  }

  private Meters(long benchPid, Supplier<OptionalLong> neo4jPid) {
    this.benchPid = benchPid;
    this.neo4jPid = neo4jPid;
  }

  /** This JVM, and the Neo4j JVM found by {@code neo4jPid} (empty: not measured). */
  public static Meters of(OptionalLong neo4jPid) {
    return new Meters(ProcessHandle.current().pid(), neo4jPid);
  }

  /**
   * This JVM, and the Neo4j JVM whose pid {@code neo4jPid} tells at each reading: a bulk import
   * restarts the server.
   */
  public static Meters of(LongSupplier neo4jPid) {
    return new Meters(ProcessHandle.current().pid(), () -> OptionalLong.of(neo4jPid.getAsLong()));
  }

  void resetPeaks() {
    resettable &= reset(benchPid);
    neo4jPid.get().ifPresent(pid -> resettable &= reset(pid));
  }

  long benchPeakMb() {
    return peakKb(benchPid) / 1024;
  }

  /** Peak resident memory (VmHWM) of any process in MB since it started; -1 when unreadable. */
  public static long peakRssMb(long pid) {
    return peakKb(pid) / 1024;
  }

  /** -1 when the Neo4j JVM is not known. */
  long neo4jPeakMb() {
    OptionalLong pid = neo4jPid.get();
    return pid.isPresent() ? peakKb(pid.getAsLong()) / 1024 : -1;
  }

  public boolean resettable() {
    return resettable;
  }

  public OptionalLong neo4jPid() {
    return neo4jPid.get();
  }

  private static boolean reset(long pid) {
    try {
      Files.writeString(Path.of("/proc", Long.toString(pid), "clear_refs"), "5");
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  long benchCpuMillis() {
    return cpuMillis(benchPid);
  }

  /** -1 when the Neo4j JVM is not known. */
  long neo4jCpuMillis() {
    OptionalLong pid = neo4jPid.get();
    return pid.isPresent() ? cpuMillis(pid.getAsLong()) : -1;
  }

  /** utime + stime of a process in ms; -1 when unreadable. */
  public static long cpuMillis(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      return statTicks(stat) * 1000 / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** utime + stime in clock ticks of a {@code /proc/<pid>[/task/<tid>]/stat} line. */
  public static long statTicks(String stat) {
    // fields after the command name (which may hold spaces) start at the last ')'
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

  /** Clock ticks of {@link #statTicks} in seconds. */
  public static double tickSeconds(long ticks) {
    return ticks / (double) TICKS_PER_SECOND;
  }

  /** VmHWM in kB; -1024 (so -1 MB) when unreadable. */
  static long peakKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.substring(6).replace("kB", "").strip());
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1024;
    }
    return -1024;
  }
}
