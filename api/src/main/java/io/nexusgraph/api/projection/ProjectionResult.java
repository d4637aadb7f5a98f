package io.nexusgraph.api.projection;

import java.util.Map;

/**
 * What one projection did.
 *
 * @param full whether every entity was staged, or only those of the run's scope
 * @param staged rows copied out of the graph, per kind of row ({@code scope}: entities named)
 * @param changed final-table rows inserted, updated or deleted (0 when nothing changed)
 */
public record ProjectionResult(boolean full, Map<String, Long> staged, long changed) {
  public ProjectionResult {
    staged = Map.copyOf(staged);
  }
}
