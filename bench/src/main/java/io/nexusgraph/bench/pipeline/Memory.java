package io.nexusgraph.bench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Peak resident memory (Linux {@code VmHWM}) of this JVM and of the Neo4j server JVM. Before each
 * stage the peaks are reset ({@code clear_refs} 5) so each stage gets its own peak; where that is
 * not allowed the figures are peaks since the process started ({@link #resettable()} false).
 */
public final class Memory {

  private final long benchPid;
  private final OptionalLong neo4jPid;
  private boolean resettable = true;

  public Memory(long benchPid, OptionalLong neo4jPid) {
    this.benchPid = benchPid;
    this.neo4jPid = neo4jPid;
  }

  /** This JVM, and the Neo4j JVM found by {@code neo4jPid} (empty: not measured). */
  public static Memory of(OptionalLong neo4jPid) {
    return new Memory(ProcessHandle.current().pid(), neo4jPid);
  }

  void resetPeaks() {
    resettable &= reset(benchPid);
    neo4jPid.ifPresent(pid -> resettable &= reset(pid));
  }

  long benchPeakMb() {
    return peakKb(benchPid) / 1024;
  }

  /** -1 when the Neo4j JVM is not known. */
  long neo4jPeakMb() {
    return neo4jPid.isPresent() ? peakKb(neo4jPid.getAsLong()) / 1024 : -1;
  }

  public boolean resettable() {
    return resettable;
  }

  public boolean neo4jKnown() {
    return neo4jPid.isPresent();
  }

  private static boolean reset(long pid) {
    try {
      Files.writeString(Path.of("/proc", Long.toString(pid), "clear_refs"), "5");
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
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
