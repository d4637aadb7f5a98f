package io.nexusgraph.bench.product;

import io.nexusgraph.bench.api.ApiLoad;
import java.util.List;

/**
 * What the product stage measured on the real service jar.
 *
 * @param servers which servers the service JVMs used
 * @param runId the run {@code nexus run} made
 * @param runProcessMillis the whole {@code nexus run} process, from start to exit (JVM, embedded
 *     servers starting and stopping, and the run)
 * @param stages the run's own per-stage figures (ingest, load, resolve, project)
 * @param runPeaks peak RSS during {@code nexus run}
 * @param nightly the next {@code nexus run}, over a night's new events only
 * @param serveStartMillis from starting {@code nexus serve} to {@code /health} answering 200
 * @param servePeaks peak RSS of {@code nexus serve} from its start to the end of the API load (its
 *     nights included)
 * @param api the API load on {@code serve}
 * @param servedNights the nights {@code serve} ran before the load, each a run started with {@code
 *     POST /v1/runs}
 */
public record ProductResult(
    String servers,
    String runId,
    long runProcessMillis,
    List<ProductStageTiming> stages,
    RssPeaks runPeaks,
    Nightly nightly,
    long serveStartMillis,
    RssPeaks servePeaks,
    ApiLoad.Result api,
    List<ServedNight> servedNights) {

  public ProductResult {
    stages = List.copyOf(stages);
    servedNights = List.copyOf(servedNights);
  }

  /**
   * A night on the running service: {@code POST /v1/runs} over new events only, on servers that
   * stay up between nights.
   *
   * @param runId the run it made
   * @param events new events written for it
   * @param runMillis from the run's start to its end, as its {@code runs} row says
   * @param stages the run's own per-stage figures
   */
  public record ServedNight(
      String runId, int events, long runMillis, List<ProductStageTiming> stages) {
    public ServedNight {
      stages = List.copyOf(stages);
    }
  }

  /**
   * The run of the night after: a new {@code nexus run} process over new events only.
   *
   * @param runId the run it made
   * @param events new events written for it (the benchmark's increment percentage of the data)
   * @param processMillis the whole process, from start to exit
   * @param stages the run's own per-stage figures
   */
  public record Nightly(
      String runId, int events, long processMillis, List<ProductStageTiming> stages) {
    public Nightly {
      stages = List.copyOf(stages);
    }
  }
}
