package io.nexusgraph.graph.load.bulk;

/**
 * A bulk import was refused (the graph is not empty) or Neo4j's importer failed. Nothing of the
 * input is lost: the batches are the caller's, and after a failed import the graph is empty again,
 * so the same batches can be loaded over Bolt ({@code GraphLoader}) or imported again after fixing
 * the cause the message names.
 */
public final class BulkImportException extends RuntimeException {

  BulkImportException(String message) {
    super(message);
  }

  BulkImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
