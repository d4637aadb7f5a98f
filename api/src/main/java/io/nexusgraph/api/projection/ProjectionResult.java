package io.nexusgraph.api.projection;

import java.util.Map;

/**
 * What one projection did.
 *
 * @param staged rows copied out of the graph, per kind of row
 * @param changed final-table rows inserted, updated or deleted (0 when nothing changed)
 */
public record ProjectionResult(Map<String, Long> staged, long changed) {
  public ProjectionResult {
    staged = Map.copyOf(staged);
  }
}
