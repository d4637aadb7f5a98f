package io.nexusgraph.bench.pipeline;

import io.nexusgraph.ingest.generator.Scale;

/**
 * How the benchmark loads the first load and the rebuild into the empty graph: over Bolt, with
 * Neo4j's offline importer, or chosen by the data's size ({@link #AUTO}). The importer costs a
 * server restart and building every index afterwards (about a minute here), so it pays only for
 * large first loads: at large it took 221 s against the Bolt loader's 1,330 s, at medium 149 s
 * against 105 s, at small 32–42 s against 20 s (docs/benchmarks.md).
 */
public enum LoadPath {
  AUTO,
  BOLT,
  BULK;

  /** Generated data sets from this many target events up are bulk-imported by {@link #AUTO}. */
  static final int AUTO_BULK_FROM_EVENTS = 500_000;

  /** Whether the first load and the rebuild of {@code scale} use the offline importer. */
  public boolean bulk(Scale scale) {
    return switch (this) {
      case AUTO -> scale.targetEvents() >= AUTO_BULK_FROM_EVENTS;
      case BOLT -> false;
      case BULK -> true;
    };
  }
}
