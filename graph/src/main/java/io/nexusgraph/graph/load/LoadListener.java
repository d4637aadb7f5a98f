package io.nexusgraph.graph.load;

/**
 * Receives {@link LoadProgress} after every transaction of a load, one call at a time (possibly
 * from a writer thread of the load). Keep it cheap: the next batch waits for it.
 */
@FunctionalInterface
public interface LoadListener {

  /** Ignores progress. */
  LoadListener NONE = progress -> {};

  void progress(LoadProgress progress);
}
