package io.nexusgraph.api.lookup;

import io.nexusgraph.api.problem.ProblemException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Follows {@code entity_id_history} from a merged-away id to the entity that absorbed it: old_id →
 * new_id, merge after merge, until an id that still exists. Splits are not followed: a split id
 * lives on for the largest part.
 */
public final class MergeChain {

  /** Longer chains mean a cycle or corrupt history; stop rather than loop. */
  static final int MAX_HOPS = 64;

  private MergeChain() {}

  /**
   * @param kind {@code person} or {@code group}, for messages
   * @param exists whether an entity with this id exists now
   * @param mergedInto the id an id was last merged into, if it was
   * @throws ProblemException 404 when the id neither exists nor leads to one that does
   */
  public static ResolvedId follow(
      String kind,
      String id,
      Predicate<String> exists,
      Function<String, Optional<String>> mergedInto) {
    if (exists.test(id)) {
      return new ResolvedId(id, null, List.of());
    }
    Set<String> path = new LinkedHashSet<>();
    path.add(id);
    String current = id;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      Optional<String> next = mergedInto.apply(current);
      if (next.isEmpty() || !path.add(next.get())) {
        break;
      }
      current = next.get();
      if (exists.test(current)) {
        return new ResolvedId(current, id, new ArrayList<>(path));
      }
    }
    if (path.size() > 1) {
      throw ProblemException.notFound(
          "The " + kind + " " + id + " was merged into " + current + ", which no longer exists.");
    }
    throw ProblemException.notFound("No " + kind + " " + id + ".");
  }
}
