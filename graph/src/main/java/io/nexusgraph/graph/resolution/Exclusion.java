package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.identity.IdentifierKey;
import java.util.Locale;

/**
 * An identifier kept out of an entity, and why: one row of identifier_exclusions. Most reasons keep
 * the identifier out of linking altogether (it stays in the graph as an observation and belongs to
 * no entity); {@link Reason#TYPE_LIMIT} and {@link Reason#OVERRIDE} instead drop some of its
 * evidence, so it links, but into an entity of its own (see {@link Reason#linking()}).
 *
 * @param detail human-readable, never another identifier's value, e.g. {@code linked to 4 user_id
 *     identifiers (limit 3)}
 */
public record Exclusion(
    String identifierType, String identifierValue, Reason reason, String detail) {

  /** Why an identifier is excluded; {@link #columnValue()} is the identifier_exclusions value. */
  public enum Reason {
    /** The identifier was erased on request and has been seen again: it never links. */
    ERASED,
    /** The value is on the graph-side blocklist (a placeholder, a test address). */
    BLOCKED_VALUE,
    /** Force-apart override: evidence that would join the two identifiers was dropped. */
    OVERRIDE,
    /** Every record the identifier was seen in denied consent. */
    CONSENT,
    /** Linked to more distinct identifiers of another type than its limit (a shared inbox). */
    SHARED_IDENTIFIER,
    /** Its entity would hold more identifiers of its type than allowed: weaker evidence dropped. */
    TYPE_LIMIT;

    public String columnValue() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * True when the identifier still links (into an entity of its own); false: observation only.
     */
    public boolean linking() {
      return this == OVERRIDE || this == TYPE_LIMIT;
    }

    static Reason ofColumn(String value) {
      return valueOf(value.toUpperCase(Locale.ROOT));
    }
  }

  public IdentifierKey key() {
    return new IdentifierKey(identifierType, identifierValue);
  }

  static Exclusion of(IdentifierKey key, Reason reason, String detail) {
    return new Exclusion(key.type(), key.value(), reason, detail);
  }
}
