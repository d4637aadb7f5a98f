package io.nexusgraph.aottraining;

import io.nexusgraph.embedded.AotCache;
import java.nio.file.Path;

/**
 * Makes the server distribution's AOT cache one trained on {@link TrainingWorkload}: run by Maven
 * when it packages this module, after {@code deploy/embedded} made a cache from a bare start. Kept
 * as it is when the cache still fits the distribution (the JVM is asked) and this training made it.
 * A failure is reported and leaves the build going: servers then use the cache there was.
 */
public final class ServerTraining {

  /** Names this training in the marker beside the cache; change it when the workload changes. */
  static final String NAME = "workload-1";

  private ServerTraining() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: ServerTraining <server distribution directory>");
      System.exit(2);
    }
    Path distribution = Path.of(args[0]);
    if (AotCache.upToDate(distribution) && NAME.equals(AotCache.training(distribution))) {
      System.out.println("Neo4j AOT cache is up to date (trained on " + NAME + ")");
      return;
    }
    long start = System.nanoTime();
    try {
      AotCache.train(distribution, NAME, new TrainingWorkload());
      System.out.printf(
          "Neo4j AOT cache trained on %s in %.1f s%n", NAME, (System.nanoTime() - start) / 1e9);
    } catch (Exception e) {
      System.out.println(
          "WARNING: the Neo4j AOT cache was not trained on a workload (servers use the one there"
              + " was): "
              + e);
    }
  }
}
