package io.nexusgraph.bench.api;

import io.nexusgraph.bench.pipeline.Meters;
import java.nio.file.Path;
import java.util.Map;

/**
 * CPU time the service JVM and this JVM (the load's client) used during one measured part of the
 * load: on a machine with few cores the client takes CPU from the service, and other processes
 * inflate wall times; these say how much work each side did. -1 when unreadable.
 *
 * @param serviceSeconds the whole service JVM
 * @param serviceJitSeconds of which its JIT compiler threads (a lower bound, see {@link JitCpu}); 0
 *     when unreadable
 * @param clientSeconds this JVM
 */
public record CpuSpent(double serviceSeconds, double serviceJitSeconds, double clientSeconds) {

  /** Starts counting for the service JVM {@code servicePid} and this JVM. */
  static Counter start(long servicePid) {
    return new Counter(servicePid);
  }

  /** Counts from its creation until {@link #stop()}. */
  static final class Counter {
    private static final Path PROC = Path.of("/proc");

    private final long servicePid;
    private final long service;
    private final Map<String, Long> jit;
    private final long client;

    private Counter(long servicePid) {
      this.servicePid = servicePid;
      this.service = Meters.cpuMillis(servicePid);
      this.jit = JitCpu.ticks(PROC, servicePid);
      this.client = Meters.cpuMillis(ProcessHandle.current().pid());
    }

    CpuSpent stop() {
      return new CpuSpent(
          since(service, Meters.cpuMillis(servicePid)),
          JitCpu.secondsBetween(jit, JitCpu.ticks(PROC, servicePid)),
          since(client, Meters.cpuMillis(ProcessHandle.current().pid())));
    }

    /** Seconds between two readings in ms; -1 when either is unreadable. */
    static double since(long startMillis, long endMillis) {
      return startMillis < 0 || endMillis < 0 ? -1 : (endMillis - startMillis) / 1000.0;
    }
  }
}
