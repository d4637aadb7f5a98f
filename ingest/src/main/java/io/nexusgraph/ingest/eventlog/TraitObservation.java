package io.nexusgraph.ingest.eventlog;

import java.time.Instant;

/**
 * A descriptive attribute (name, title, industry) the source gives for the entity on {@code
 * edgeId}. Traits are never identity evidence; resolution attaches them to whatever entity the
 * edge's identifiers resolve to.
 *
 * @param id {@code pto_} (person) or {@code gto_} (group) + deterministic hash
 */
public record TraitObservation(
    String id,
    EntityKind entityKind,
    String edgeId,
    String traitName,
    String traitValue,
    String source,
    Instant occurredAt,
    String eventId) {}
