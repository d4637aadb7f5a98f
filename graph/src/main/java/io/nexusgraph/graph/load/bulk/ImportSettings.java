package io.nexusgraph.graph.load.bulk;

import java.time.Duration;

/**
 * How Neo4j's importer runs. It runs while the server is stopped, so it may use the memory the
 * server had.
 *
 * @param threads worker threads of the importer ({@code --threads}), and how many of its files are
 *     written and constraints created at once; at most the machine's cores pays off
 * @param heap maximum heap of the importer's JVM, e.g. {@code 1g}
 * @param maxOffHeapMemory the importer's off-heap budget ({@code --max-off-heap-memory}), e.g.
 *     {@code 2g}; its own default (90% of free memory) is too greedy on a shared machine
 * @param timeout how long the import may take before it is stopped and counted as failed
 */
public record ImportSettings(int threads, String heap, String maxOffHeapMemory, Duration timeout) {

  public ImportSettings {
    if (threads < 1) {
      throw new IllegalArgumentException("importer threads must be positive: " + threads);
    }
  }

  /** The machine's cores, 1g heap, 2g off-heap, one hour. */
  public static ImportSettings defaults() {
    return new ImportSettings(
        Runtime.getRuntime().availableProcessors(), "1g", "2g", Duration.ofHours(1));
  }
}
