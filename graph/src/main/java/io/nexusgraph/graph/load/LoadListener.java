package io.nexusgraph.graph.load;

/**
 * Receives {@link LoadProgress} after every transaction of a load, on the loading thread. Keep it
 * cheap: the next batch waits for it.
 */
@FunctionalInterface
public interface LoadListener {

  /** Ignores progress. */
  LoadListener NONE = progress -> {};

  void progress(LoadProgress progress);
}
