package io.nexusgraph.graph.resolution;

/**
 * An identifier that takes no part in linking, and why; the projection writes these to
 * identifier_exclusions.
 *
 * @param reason {@code shared_identifier}, later also blocked_value, type_limit, override, consent,
 *     erased
 * @param detail human-readable, e.g. {@code linked to 4 user_id identifiers (limit 3)}
 */
public record Exclusion(
    String identifierType, String identifierValue, String reason, String detail) {}
