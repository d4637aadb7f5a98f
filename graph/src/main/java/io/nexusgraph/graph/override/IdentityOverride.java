package io.nexusgraph.graph.override;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.util.Objects;

/**
 * A rule that overrules the evidence for two identifiers of one entity kind: {@link
 * Direction#TOGETHER} adds a link between them (as if a record said they are one entity); {@link
 * Direction#APART} guarantees they end in different entities, dropping the weakest evidence that
 * would join them. Named {@code IdentityOverride} rather than {@code Override} so that it never
 * shadows {@link java.lang.Override}.
 *
 * @param note why the rule exists (who asked, a ticket); shown in the exclusion it causes
 */
public record IdentityOverride(
    EntityKind kind, IdentifierKey a, IdentifierKey b, Direction direction, String note) {

  /** What the rule does to the two identifiers. */
  public enum Direction {
    TOGETHER,
    APART
  }

  public IdentityOverride {
    Objects.requireNonNull(kind, "override: kind is required");
    Objects.requireNonNull(a, "override: identifier a is required");
    Objects.requireNonNull(b, "override: identifier b is required");
    Objects.requireNonNull(direction, "override: direction (together or apart) is required");
    if (a.equals(b)) {
      throw new IllegalArgumentException(
          "override "
              + direction
              + " names the same identifier twice ("
              + a.type()
              + "); give two different identifiers");
    }
    note = note == null ? "" : note;
  }

  public static IdentityOverride together(
      EntityKind kind, IdentifierKey a, IdentifierKey b, String note) {
    return new IdentityOverride(kind, a, b, Direction.TOGETHER, note);
  }

  public static IdentityOverride apart(
      EntityKind kind, IdentifierKey a, IdentifierKey b, String note) {
    return new IdentityOverride(kind, a, b, Direction.APART, note);
  }

  /** True when both rules name the same two identifiers of the same kind, in either order. */
  boolean samePair(IdentityOverride other) {
    return kind == other.kind
        && ((a.equals(other.a) && b.equals(other.b)) || (a.equals(other.b) && b.equals(other.a)));
  }
}
