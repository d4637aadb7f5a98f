package io.nexusgraph.graph.entities;

/**
 * What one entity build recomputed, for a run's stats.
 *
 * @param full whether every entity was recomputed ({@link EntityBuilder#buildAll}) or only those
 *     the run touched ({@link EntityBuilder#build})
 * @param persons persons whose traits and participation were recomputed
 * @param groups groups whose traits and participation were recomputed
 * @param membershipPersons persons whose memberships were recomputed (the persons above plus those
 *     concerned by a changed group)
 * @param traits resolved traits those entities have now
 * @param memberships memberships those persons have now
 * @param participations participations those entities have now
 * @param millis wall time
 */
public record EntityBuildResult(
    boolean full,
    int persons,
    int groups,
    int membershipPersons,
    long traits,
    long memberships,
    long participations,
    long millis) {}
