package io.nexusgraph.graph.export;

import java.time.Instant;

/**
 * An identifier and the entity it resolved to, with its first sighting (time and source) and its
 * latest sighting. One row of {@code resolved_person_identifiers} / {@code
 * resolved_group_identifiers}.
 */
public record ResolvedIdentifier(
    String type,
    String value,
    String entityId,
    String source,
    Instant firstSeenAt,
    Instant lastSeenAt) {}
