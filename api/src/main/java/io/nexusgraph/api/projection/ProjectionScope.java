package io.nexusgraph.api.projection;

import io.nexusgraph.graph.entities.EntityBuildResult;
import io.nexusgraph.graph.resolution.IdChange;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a projection writes: every entity, or only those a run touched. A run touches the entities
 * its entity build recomputed and the ids its merges and splits named (including ids merged away,
 * whose rows must go). The projection widens a scope to every entity when the final tables do not
 * show the run before this one.
 *
 * @param all every entity, when true; the sets are then empty
 * @param persons persons whose every row is written
 * @param groups groups whose every row is written
 * @param membershipPersons persons whose memberships are written (includes {@code persons})
 */
public record ProjectionScope(
    boolean all,
    SortedSet<String> persons,
    SortedSet<String> groups,
    SortedSet<String> membershipPersons) {

  public ProjectionScope {
    TreeSet<String> members = new TreeSet<>(membershipPersons);
    members.addAll(persons);
    persons = Collections.unmodifiableSortedSet(new TreeSet<>(persons));
    groups = Collections.unmodifiableSortedSet(new TreeSet<>(groups));
    membershipPersons = Collections.unmodifiableSortedSet(members);
  }

  /** Every entity: a full run, or a projection of its own. */
  public static ProjectionScope everything() {
    return new ProjectionScope(true, new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
  }

  /** The entities an incremental build recomputed plus the ids named by the run's id changes. */
  public static ProjectionScope of(
      EntityBuildResult built,
      Collection<IdChange> personChanges,
      Collection<IdChange> groupChanges) {
    if (built.full()) {
      return everything();
    }
    EntityBuildResult.Rebuilt rebuilt = built.rebuilt();
    return new ProjectionScope(
        false,
        withChanged(rebuilt.persons(), personChanges),
        withChanged(rebuilt.groups(), groupChanges),
        new TreeSet<>(rebuilt.membershipPersons()));
  }

  private static SortedSet<String> withChanged(List<String> ids, Collection<IdChange> changes) {
    TreeSet<String> out = new TreeSet<>(ids);
    for (IdChange change : changes) {
      out.add(change.oldId());
      out.add(change.newId());
    }
    return out;
  }
}
