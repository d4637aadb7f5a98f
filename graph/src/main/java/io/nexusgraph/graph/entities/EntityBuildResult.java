package io.nexusgraph.graph.entities;

import java.util.List;

/**
 * What one entity build recomputed, for a run's stats and for a projection scoped to it.
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
 * @param rebuilt the ids of the recomputed entities; empty lists after a full build
 */
public record EntityBuildResult(
    boolean full,
    int persons,
    int groups,
    int membershipPersons,
    long traits,
    long memberships,
    long participations,
    long millis,
    Rebuilt rebuilt) {

  /**
   * The entities an incremental build recomputed, by id.
   *
   * @param persons persons whose traits and participation were recomputed
   * @param groups groups whose traits and participation were recomputed
   * @param membershipPersons persons whose memberships were recomputed
   */
  public record Rebuilt(List<String> persons, List<String> groups, List<String> membershipPersons) {

    static final Rebuilt NONE = new Rebuilt(List.of(), List.of(), List.of());

    public Rebuilt {
      persons = List.copyOf(persons);
      groups = List.copyOf(groups);
      membershipPersons = List.copyOf(membershipPersons);
    }
  }
}
