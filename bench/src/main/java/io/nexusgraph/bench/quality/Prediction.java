package io.nexusgraph.bench.quality;

import io.nexusgraph.graph.identity.IdentifierKey;

/**
 * One identifier as a resolution left it.
 *
 * @param entityId the entity it belongs to; null when it belongs to none
 * @param excluded true when the guardrails kept it from linking (it is then its own singleton)
 */
public record Prediction(IdentifierKey key, String entityId, boolean excluded) {

  /** The predicted entity, with excluded and unassigned identifiers each alone. */
  public String label() {
    return excluded || entityId == null ? "singleton:" + key.type() + ":" + key.value() : entityId;
  }
}
