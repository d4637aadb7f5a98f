package io.nexusgraph.api.explain;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.nexusgraph.graph.explain.Explanation;
import io.nexusgraph.graph.identity.IdentifierKey;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The JSON answer of {@code GET /v1/explain}: the two normalised identifiers, the verdict ({@code
 * same_entity}, {@code different_entities}, {@code unknown_identifier}), the evidence path when
 * they are one entity, and what keeps them apart when they are not.
 */
@Serdeable
record ExplainAnswer(
    String kind,
    Identifier a,
    Identifier b,
    String verdict,
    List<Hop> path,
    List<Obstacle> obstacles) {

  static ExplainAnswer of(String kind, IdentifierKey a, IdentifierKey b, Explanation why) {
    return new ExplainAnswer(
        kind,
        Identifier.of(a),
        Identifier.of(b),
        why.verdict().name().toLowerCase(Locale.ROOT),
        why.path().stream().map(Hop::of).toList(),
        why.obstacles().stream().map(Obstacle::of).toList());
  }

  @Serdeable
  record Identifier(String type, String value) {
    static Identifier of(IdentifierKey key) {
      return key == null ? null : new Identifier(key.type(), key.value());
    }
  }

  /** One record of evidence that said {@code from} and {@code to} are one entity. */
  @Serdeable
  record Hop(
      Identifier from,
      Identifier to,
      String edgeId,
      @Nullable String source,
      @Nullable String eventId,
      @Nullable Instant occurredAt) {
    static Hop of(Explanation.Hop hop) {
      return new Hop(
          Identifier.of(hop.from()),
          Identifier.of(hop.to()),
          hop.edgeId(),
          hop.source(),
          hop.eventId(),
          hop.occurredAt());
    }
  }

  /**
   * An excluded identifier ({@code identifier} set, reason as in identifier_exclusions) or a record
   * whose consent was denied ({@code edge_id} set, reason {@code consent}).
   */
  @Serdeable
  record Obstacle(
      @Nullable Identifier identifier,
      @Nullable String edgeId,
      @Nullable String reason,
      @Nullable String detail) {
    static Obstacle of(Explanation.Obstacle obstacle) {
      return new Obstacle(
          Identifier.of(obstacle.identifier()),
          obstacle.edgeId(),
          obstacle.reason(),
          obstacle.detail());
    }
  }
}
