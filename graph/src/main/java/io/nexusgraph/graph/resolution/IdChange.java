package io.nexusgraph.graph.resolution;

/**
 * An entity id that stops naming the identifiers it used to: on a {@code merge} {@code oldId} is
 * retired in favour of the surviving {@code newId}; on a {@code split} {@code oldId} lives on for
 * the largest part and {@code newId} names a part that left it.
 *
 * @param causeEventId the event whose evidence joined the entities (merges), null when unknown
 */
public record IdChange(String oldId, String newId, Change change, String causeEventId) {

  /** How the id changed. */
  public enum Change {
    MERGE,
    SPLIT;

    public String columnValue() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  IdChange withCause(String eventId) {
    return new IdChange(oldId, newId, change, eventId);
  }
}
