package io.nexusgraph.ingest.source;

import io.nexusgraph.ingest.eventlog.Consent;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.Event;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.eventlog.IdentifierObservation;
import io.nexusgraph.ingest.eventlog.Ids;
import io.nexusgraph.ingest.eventlog.MembershipObservation;
import io.nexusgraph.ingest.eventlog.StateObservation;
import io.nexusgraph.ingest.eventlog.TraitObservation;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a {@link RecordWriter} collected for one accepted record into its {@link
 * EventLogBatch}: derives the deterministic ids (one edge id per edge key) and keeps the first of
 * any observations with the same id, in the order they were written. One per reader, reused from
 * record to record (its maps and lists are scratch space); not thread-safe.
 */
final class BatchAssembly {
  record PendingIdentifier(
      EntityKind kind, String edge, String type, String value, String raw, String role) {}

  record PendingTrait(EntityKind kind, String edge, String name, String value) {}

  record PendingMembership(
      String personType, String person, String groupType, String group, String role) {}

  record PendingState(EntityKind kind, String type, String identifier, String name, String value) {}

  /** Scratch sizes kept from one record to the next. */
  static final int KEPT = 1024;

  // reused from record to record: one assembly per reader (IngestContext), used by one thread
  private final SmallKeyMap<String> edgeIds = new SmallKeyMap<>();
  private final SmallKeyMap<Boolean> seen = new SmallKeyMap<>();
  private final ArrayList<IdentifierObservation> identifierOut = new ArrayList<>();
  private final ArrayList<TraitObservation> traitOut = new ArrayList<>();
  private final ArrayList<MembershipObservation> membershipOut = new ArrayList<>();
  private final ArrayList<StateObservation> stateOut = new ArrayList<>();
  private Event event;
  private Ids.Scope ids;

  /**
   * The batch of one record. The maps and lists used on the way are this assembly's and reused by
   * the next record, so a record costs only what its batch holds.
   *
   * @param ids the ids scoped to the event's id ({@link Ids#scope}, or a reader's {@link
   *     io.nexusgraph.ingest.eventlog.IdBuffer#scope})
   */
  EventLogBatch assemble(
      Ids.Scope ids,
      Event event,
      List<PendingIdentifier> identifiers,
      List<PendingTrait> traits,
      List<PendingMembership> memberships,
      List<PendingState> states) {
    this.ids = ids;
    this.event = event;
    try {
      return new EventLogBatch(
          event,
          identifiers(identifiers),
          traits(traits),
          memberships(memberships),
          states(states));
    } finally {
      this.ids = null;
      this.event = null;
      edgeIds.clear();
      seen.clear();
      // already drained unless the record failed on the way
      clear(identifierOut);
      clear(traitOut);
      clear(membershipOut);
      clear(stateOut);
    }
  }

  /** An immutable copy of {@code scratch}, which is cleared for the next record. */
  private static <T> List<T> drain(ArrayList<T> scratch) {
    List<T> copy = List.copyOf(scratch);
    clear(scratch);
    return copy;
  }

  /** Empties {@code scratch}; one huge record does not keep its capacity for the rest. */
  private static void clear(ArrayList<?> scratch) {
    boolean large = scratch.size() > KEPT;
    scratch.clear();
    if (large) {
      scratch.trimToSize();
    }
  }

  private List<IdentifierObservation> identifiers(List<PendingIdentifier> pending) {
    String eventId = event.eventId();
    boolean linkable = event.consent() != Consent.DENIED;
    ArrayList<IdentifierObservation> out = identifierOut;
    for (int i = 0; i < pending.size(); i++) {
      PendingIdentifier p = pending.get(i);
      String prefix = p.kind() == EntityKind.PERSON ? "pio_" : "gio_";
      String id = ids.of(prefix, p.edge(), p.type(), p.value(), p.role());
      if (seen.putIfAbsent(id, Boolean.TRUE)) {
        out.add(
            new IdentifierObservation(
                id,
                p.kind(),
                p.type(),
                p.value(),
                p.raw(),
                edgeId(p.edge()),
                p.role(),
                event.source(),
                event.occurredAt(),
                eventId,
                linkable));
      }
    }
    return drain(out);
  }

  private List<TraitObservation> traits(List<PendingTrait> pending) {
    ArrayList<TraitObservation> out = traitOut;
    for (int i = 0; i < pending.size(); i++) {
      PendingTrait t = pending.get(i);
      String prefix = t.kind() == EntityKind.PERSON ? "pto_" : "gto_";
      String id = ids.of(prefix, t.edge(), t.name(), t.value());
      if (seen.putIfAbsent(id, Boolean.TRUE)) {
        out.add(
            new TraitObservation(
                id,
                t.kind(),
                edgeId(t.edge()),
                t.name(),
                t.value(),
                event.source(),
                event.occurredAt(),
                event.eventId()));
      }
    }
    return drain(out);
  }

  private List<MembershipObservation> memberships(List<PendingMembership> pending) {
    ArrayList<MembershipObservation> out = membershipOut;
    for (int i = 0; i < pending.size(); i++) {
      PendingMembership m = pending.get(i);
      String eventId = event.eventId();
      String id = ids.of("mbo_", m.personType(), m.person(), m.groupType(), m.group(), m.role());
      if (seen.putIfAbsent(id, Boolean.TRUE)) {
        out.add(
            new MembershipObservation(
                id,
                eventId,
                m.personType(),
                m.person(),
                m.groupType(),
                m.group(),
                m.role(),
                event.source(),
                event.occurredAt()));
      }
    }
    return drain(out);
  }

  private List<StateObservation> states(List<PendingState> pending) {
    ArrayList<StateObservation> out = stateOut;
    for (int i = 0; i < pending.size(); i++) {
      PendingState s = pending.get(i);
      String eventId = event.eventId();
      String id = ids.of("sto_", s.kind().name(), s.type(), s.identifier(), s.name(), s.value());
      if (seen.putIfAbsent(id, Boolean.TRUE)) {
        out.add(
            new StateObservation(
                id,
                eventId,
                s.kind(),
                s.type(),
                s.identifier(),
                s.name(),
                s.value(),
                event.occurredAt(),
                event.source()));
      }
    }
    return drain(out);
  }

  private String edgeId(String edge) {
    String id = edgeIds.get(edge);
    if (id == null) {
      id = ids.of("edg_", edge);
      edgeIds.putIfAbsent(edge, id);
    }
    return id;
  }
}
