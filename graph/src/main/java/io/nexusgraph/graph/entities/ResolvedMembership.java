package io.nexusgraph.graph.entities;

import io.nexusgraph.ingest.eventlog.Ids;
import java.time.Instant;

/**
 * A person's membership of a group, one row of {@code memberships}: the latest observed role, or an
 * inferred membership from a corporate email domain (then {@code source} is the inference's name,
 * {@code email_domain} by default).
 *
 * @param role the latest observation's role; null when the source gave none
 * @param source the source of the latest observation
 * @param establishedAt the first observation (inferred: the first sighting of the email)
 * @param lastSeenAt the latest observation (inferred: the last sighting of the email)
 */
public record ResolvedMembership(
    String personId,
    String groupId,
    String role,
    String source,
    Instant establishedAt,
    Instant lastSeenAt) {

  /**
   * {@code mem_} + a hash of (person, group): one membership per pair, and every projection names
   * it the same way.
   */
  public String membershipId() {
    return Ids.of("mem_", personId, groupId);
  }
}
