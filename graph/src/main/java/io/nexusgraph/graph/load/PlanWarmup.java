package io.nexusgraph.graph.load;

import io.nexusgraph.graph.cypher.CypherFile;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a load statement once with no rows on a thread of its own, so that Neo4j plans and compiles
 * it while the loader is busy with an earlier statement.
 *
 * <p>Why: a server that has not run {@code load/event} since it started spends about 0.4 s on its
 * first execution (a scratch probe on a fresh server: 399 ms, then 24 ms; an {@code EXPLAIN} alone
 * left 119 ms to the first run), and every nightly {@code nexus run} starts its embedded server.
 * The identifier statements before it keep one writer busy, so the other core does this. No rows,
 * no writes; a failure here is left to the real statement to report.
 */
final class PlanWarmup implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PlanWarmup.class);

  private final FutureTask<Void> task;

  private PlanWarmup(FutureTask<Void> task) {
    this.task = task;
  }

  /** Starts running {@code cypher/load/<statement>.cypher} with {@code $rows = []}. */
  static PlanWarmup start(Driver driver, String statement) {
    String query = CypherFile.load("load/" + statement).single();
    FutureTask<Void> task =
        new FutureTask<>(
            () -> {
              driver.executableQuery(query).withParameters(Map.of("rows", List.of())).execute();
              return null;
            });
    Thread.ofPlatform().daemon().name("nexus-plan-warmup").start(task);
    return new PlanWarmup(task);
  }

  /** Waits for the warm-up to end; a failure is only logged. */
  @Override
  public void close() {
    try {
      task.get();
    } catch (ExecutionException e) {
      LOG.debug("Warming up a load statement failed: {}", e.getCause().toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
