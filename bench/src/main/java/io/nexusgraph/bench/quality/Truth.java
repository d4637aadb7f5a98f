package io.nexusgraph.bench.quality;

import io.nexusgraph.graph.identity.IdentifierKey;
import java.util.Map;
import java.util.Set;

/**
 * The generator's ground truth for one entity kind.
 *
 * @param owners true owners of every identifier (empty for a placeholder, several when shared)
 * @param traps trap marks ({@code shared_inbox}, {@code kiosk}, …) of identifiers that have one
 */
public record Truth(Map<IdentifierKey, Set<String>> owners, Map<IdentifierKey, String> traps) {
  public Truth {
    owners = Map.copyOf(owners);
    traps = Map.copyOf(traps);
  }
}
