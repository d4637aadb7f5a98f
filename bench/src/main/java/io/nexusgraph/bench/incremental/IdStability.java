package io.nexusgraph.bench.incremental;

import io.nexusgraph.bench.quality.Prediction;
import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.eventlog.IdentifierObservation;
import io.nexusgraph.ingest.eventlog.MembershipObservation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Did ids move where the new data did not reach? An entity is touched when the new data names one
 * of its identifiers (before the increment); every identifier of an untouched entity must keep its
 * entity id.
 */
public final class IdStability {

  /**
   * @param touchedEntities entities (before) that the new data named an identifier of
   * @param untouchedIdentifiers identifiers of all other entities (and unassigned ones not named)
   * @param untouchedChanged of those, identifiers whose entity id changed (must be 0)
   * @param untouchedEntitiesChanged distinct entities (before) among the changed identifiers
   * @param newIdentifiers identifiers that did not exist before
   */
  public record Figures(
      int touchedEntities,
      long untouchedIdentifiers,
      long untouchedChanged,
      int untouchedEntitiesChanged,
      long newIdentifiers) {}

  private IdStability() {}

  static Figures measure(
      List<Prediction> before, List<Prediction> after, Set<IdentifierKey> named) {
    Map<IdentifierKey, String> was = new HashMap<>();
    before.forEach(p -> was.put(p.key(), p.excluded() ? null : p.entityId()));
    Set<String> touched = new HashSet<>();
    for (IdentifierKey key : named) {
      String entity = was.get(key);
      if (entity != null) {
        touched.add(entity);
      }
    }
    long untouched = 0;
    long changed = 0;
    long born = 0;
    Set<String> changedEntities = new HashSet<>();
    for (Prediction p : after) {
      if (!was.containsKey(p.key())) {
        born++;
        continue;
      }
      String old = was.get(p.key());
      if (named.contains(p.key()) || (old != null && touched.contains(old))) {
        continue;
      }
      untouched++;
      String now = p.excluded() ? null : p.entityId();
      if (!Objects.equals(old, now)) {
        changed++;
        changedEntities.add(Objects.requireNonNullElse(old, "(none)"));
      }
    }
    return new Figures(touched.size(), untouched, changed, changedEntities.size(), born);
  }

  /** The identifiers of {@code kind} the batches name (observations and memberships). */
  static Set<IdentifierKey> keysIn(List<EventLogBatch> batches, EntityKind kind) {
    Set<IdentifierKey> keys = new HashSet<>();
    for (EventLogBatch b : batches) {
      for (IdentifierObservation o : b.identifiers()) {
        if (o.entityKind() == kind) {
          keys.add(new IdentifierKey(o.identifierType(), o.identifierValue()));
        }
      }
      for (MembershipObservation m : b.memberships()) {
        keys.add(
            kind == EntityKind.PERSON
                ? new IdentifierKey(m.personIdentifierType(), m.personIdentifier())
                : new IdentifierKey(m.groupIdentifierType(), m.groupIdentifier()));
      }
    }
    return keys;
  }
}
