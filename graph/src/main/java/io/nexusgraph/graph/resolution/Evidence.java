package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.identity.IdentifierKey;
import java.time.Instant;
import java.util.List;

/**
 * One record's identity evidence: the identifiers an edge_id says are one entity (those that may
 * link), and when it was observed. Stored as a star, read back whole.
 */
record Evidence(String edgeId, Instant occurredAt, List<IdentifierKey> members) {

  Evidence {
    members = List.copyOf(members);
  }
}
