package io.nexusgraph.ingest.eventlog;

import java.time.Instant;

/**
 * The source says the person with one identifier belongs to the group with another (a work email at
 * a company domain, the owner of a shop). Values are normalised.
 *
 * @param id {@code mbo_} + deterministic hash
 * @param role e.g. {@code member}, {@code owner}, {@code employee}
 */
public record MembershipObservation(
    String id,
    String eventId,
    String personIdentifierType,
    String personIdentifier,
    String groupIdentifierType,
    String groupIdentifier,
    String role,
    String source,
    Instant occurredAt) {}
