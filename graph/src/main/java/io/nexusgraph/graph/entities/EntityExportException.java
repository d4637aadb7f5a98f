package io.nexusgraph.graph.entities;

/**
 * Streaming an export from Neo4j failed part-way. The consumer has seen some rows, not all; the
 * export is not retried automatically because that would hand the consumer those rows again, so the
 * caller discards what it received (for example by rolling back its own transaction) and exports
 * again.
 */
public final class EntityExportException extends RuntimeException {

  EntityExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
