package io.nexusgraph.bench.product;

import io.nexusgraph.bench.pipeline.Meters;
import io.nexusgraph.bench.servers.Neo4jProcess;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Peak resident memory of a service JVM and of the embedded Neo4j JVM it starts: both {@code
 * VmHWM}, sampled every {@link #EVERY} while they run (a process that exits takes its figures with
 * it, so a peak reached in its last moments can be missed by up to one interval).
 */
final class PeakRss implements AutoCloseable {

  static final Duration EVERY = Duration.ofMillis(250);

  private final ProcessHandle service;
  private final ScheduledExecutorService sampler =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().daemon().name("peak-rss").unstarted(r));
  private OptionalLong neo4j = OptionalLong.empty();
  private long serviceMb = -1;
  private long neo4jMb = -1;

  private PeakRss(ProcessHandle service) {
    this.service = service;
    sampler.scheduleAtFixedRate(this::sample, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  static PeakRss watch(long pid) {
    return new PeakRss(
        ProcessHandle.of(pid)
            .orElseThrow(() -> new IllegalStateException("no process " + pid + " to measure")));
  }

  /** Peaks so far, in MB; -1 where nothing could be read (e.g. no embedded Neo4j). */
  synchronized RssPeaks peaks() {
    return new RssPeaks(serviceMb, neo4jMb);
  }

  private synchronized void sample() {
    if (!service.isAlive()) {
      return;
    }
    serviceMb = Math.max(serviceMb, Meters.peakRssMb(service.pid()));
    if (neo4j.isEmpty()) {
      neo4j = Neo4jProcess.amongDescendantsOf(service);
    }
    neo4j.ifPresent(pid -> neo4jMb = Math.max(neo4jMb, Meters.peakRssMb(pid)));
  }

  /** Takes a last sample and stops sampling. */
  @Override
  public void close() {
    sampler.shutdownNow();
    try {
      sampler.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sample();
  }
}
