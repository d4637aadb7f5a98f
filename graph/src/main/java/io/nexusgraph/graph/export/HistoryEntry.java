package io.nexusgraph.graph.export;

import java.time.Instant;

/**
 * One id change: {@code oldId} was merged into, or split off to, {@code newId} in run {@code runId}
 * because of {@code causeEventId} (null when no single event caused it). One row of {@code
 * entity_id_history}.
 */
public record HistoryEntry(
    String oldId,
    String newId,
    String change,
    String runId,
    Instant changedAt,
    String causeEventId) {}
