package io.nexusgraph.ingest.eventlog;

import java.time.Instant;

/**
 * A source saw an identifier (email, phone, customer id, domain...) of a person or a group in an
 * event.
 *
 * <p>{@code edgeId} is the identity evidence: all identifiers with the same edge id are asserted by
 * the source to be ONE entity (the email, phone and customer id of one Stripe customer record).
 * Identifiers that only appear together in an event (sender and recipient) have different edge ids;
 * that co-occurrence is NOT identity.
 *
 * @param id {@code pio_} (person) or {@code gio_} (group) + deterministic hash
 * @param identifierValue the normalised value that resolution compares
 * @param rawValue the value as the source wrote it
 * @param role how the entity took part in the event: sender, recipient, customer, attendee...
 * @param linkable false when the record's consent is denied: keep the sighting, never link it
 */
public record IdentifierObservation(
    String id,
    EntityKind entityKind,
    String identifierType,
    String identifierValue,
    String rawValue,
    String edgeId,
    String role,
    String source,
    Instant occurredAt,
    String eventId,
    boolean linkable) {}
