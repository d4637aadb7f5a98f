package io.nexusgraph.graph.load;

/**
 * A load statement failed for good: Neo4j rejected it (a client or database error, which retrying
 * cannot fix) or a transient error outlasted the driver's retries. Batches before the failing one
 * are written; because every load statement is idempotent, loading the same batches again after
 * fixing the cause completes the graph without duplicates.
 */
public final class GraphLoadException extends RuntimeException {

  GraphLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
