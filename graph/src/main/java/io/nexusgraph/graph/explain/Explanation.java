package io.nexusgraph.graph.explain;

import io.nexusgraph.graph.identity.IdentifierKey;
import java.time.Instant;
import java.util.List;

/**
 * Why two identifiers are, or are not, one entity.
 *
 * @param verdict the answer
 * @param path when {@link Verdict#SAME_ENTITY}: each hop of evidence from the first identifier to
 *     the second, in order
 * @param obstacles when {@link Verdict#DIFFERENT_ENTITIES}: what on the closest evidence chain
 *     keeps them apart (empty when no evidence connects them at all)
 */
public record Explanation(Verdict verdict, List<Hop> path, List<Obstacle> obstacles) {

  public Explanation {
    path = List.copyOf(path);
    obstacles = List.copyOf(obstacles);
  }

  /** The answer to "are these one entity?". */
  public enum Verdict {
    SAME_ENTITY,
    DIFFERENT_ENTITIES,
    UNKNOWN_IDENTIFIER
  }

  /** One piece of evidence: a source record said {@code from} and {@code to} are one entity. */
  public record Hop(
      IdentifierKey from,
      IdentifierKey to,
      String edgeId,
      String source,
      String eventId,
      Instant occurredAt) {}

  /**
   * Something that stops evidence from linking: an excluded identifier (reason and detail as in
   * identifier_exclusions) or an edge whose record denied consent ({@code identifier} null).
   */
  public record Obstacle(IdentifierKey identifier, String edgeId, String reason, String detail) {}
}
