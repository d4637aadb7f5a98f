package io.nexusgraph.ingest.eventlog;

import java.time.Instant;

/**
 * The source says an entity, named by one of its identifiers, was in a state at a time (a Stripe
 * subscription became {@code past_due}). Timelines are built from these later.
 *
 * @param id {@code sto_} + deterministic hash
 */
public record StateObservation(
    String id,
    String eventId,
    EntityKind entityKind,
    String identifierType,
    String identifierValue,
    String stateName,
    String stateValue,
    Instant occurredAt,
    String source) {}
