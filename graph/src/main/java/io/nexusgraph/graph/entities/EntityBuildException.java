package io.nexusgraph.graph.entities;

/**
 * A step of the entity build failed for good (Neo4j rejected a statement, or a transient error
 * outlasted the driver's retries). Nothing is lost: entities already recomputed are consistent, and
 * the marks that say what still needs recomputing stay until a build succeeds, so running the same
 * build again (or a full build) completes it.
 */
public final class EntityBuildException extends RuntimeException {

  EntityBuildException(String message, Throwable cause) {
    super(message, cause);
  }
}
