package io.nexusgraph.graph.entities;

import java.time.Instant;

/**
 * The value a person or group has for one trait: the winning observation (by the trait rules), one
 * row of {@code resolved_person_traits} or {@code resolved_group_traits}.
 *
 * @param entityId {@code per_…} or {@code grp_…}
 * @param name the trait name, e.g. {@code name}, {@code title}, {@code industry}
 * @param value the winning observation's value
 * @param source the source that said so
 * @param occurredAt when it said so (business time)
 */
public record ResolvedTrait(
    String entityId, String name, String value, String source, Instant occurredAt) {}
