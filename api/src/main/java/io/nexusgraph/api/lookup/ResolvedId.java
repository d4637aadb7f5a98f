package io.nexusgraph.api.lookup;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * Where an entity id asked for leads.
 *
 * @param id the current id: the one asked for, or the survivor it was merged into
 * @param resolvedFrom the id asked for when it was merged away, else null
 * @param mergePath every id from the one asked for to the survivor, in order (empty when the id is
 *     current)
 */
public record ResolvedId(String id, @Nullable String resolvedFrom, List<String> mergePath) {

  public ResolvedId {
    mergePath = List.copyOf(mergePath);
  }
}
