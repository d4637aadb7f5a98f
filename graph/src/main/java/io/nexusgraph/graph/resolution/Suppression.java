package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.util.Set;

/**
 * Identifiers erased on request that must never link again. {@link Erasure} removes an erased
 * entity's identifiers from the graph; when a later load brings one of them back, the resolver asks
 * this predicate about every identifier it has not resolved yet and excludes the suppressed ones
 * (reason {@code erased}) for good. How suppression is stored (the api keeps hashes in
 * suppressed_identifiers) is the caller's business: it answers for a plain (type, value).
 */
@FunctionalInterface
public interface Suppression {

  /** Nothing is suppressed; the resolver then skips the check. */
  Suppression NONE = (kind, identifier) -> false;

  boolean suppressed(EntityKind kind, IdentifierKey identifier);

  /** Suppresses exactly the given identifiers of one kind. */
  static Suppression of(EntityKind kind, Set<IdentifierKey> identifiers) {
    Set<IdentifierKey> copy = Set.copyOf(identifiers);
    return (k, identifier) -> k == kind && copy.contains(identifier);
  }
}
