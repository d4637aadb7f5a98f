package io.nexusgraph.graph.load;

/**
 * How far one {@link GraphLoader#load} call is, reported after every UNWIND transaction, so that a
 * caller (a CLI progress line, a run's stats) can show rows done and throughput without the graph
 * module printing anything itself.
 *
 * @param statement the {@code cypher/load/} statement just written, e.g. {@code same-as-person}
 * @param statementRowsDone rows of that statement written so far
 * @param statementRows rows of that statement in this load
 * @param rowsDone rows written so far over all statements of this load
 * @param rowsTotal rows of all statements of this load
 * @param elapsedNanos time since the load started
 */
public record LoadProgress(
    String statement,
    long statementRowsDone,
    long statementRows,
    long rowsDone,
    long rowsTotal,
    long elapsedNanos) {

  /** Rows written per second since the load started (over all statements). */
  public double rowsPerSecond() {
    return rowsDone / (Math.max(elapsedNanos, 1) / 1e9);
  }
}
