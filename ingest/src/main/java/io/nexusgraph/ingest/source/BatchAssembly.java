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
 * any observations with the same id, in the order they were written.
 */
final class BatchAssembly {
  record PendingIdentifier(
      EntityKind kind, String edge, String type, String value, String raw, String role) {}

  record PendingTrait(EntityKind kind, String edge, String name, String value) {}

  record PendingMembership(
      String personType, String person, String groupType, String group, String role) {}

  record PendingState(EntityKind kind, String type, String identifier, String name, String value) {}

  private final Event event;
  private final Ids.Scope ids;
  private final SmallKeyMap<String> edgeIds = new SmallKeyMap<>();
  private final SmallKeyMap<Boolean> seen = new SmallKeyMap<>();

  private BatchAssembly(Ids.Scope ids, Event event) {
    this.event = event;
    this.ids = ids;
  }

  /**
   * @param ids the ids scoped to the event's id ({@link Ids#scope}, or a reader's {@link
   *     io.nexusgraph.ingest.eventlog.IdBuffer#scope})
   */
  static EventLogBatch assemble(
      Ids.Scope ids,
      Event event,
      List<PendingIdentifier> identifiers,
      List<PendingTrait> traits,
      List<PendingMembership> memberships,
      List<PendingState> states) {
    BatchAssembly a = new BatchAssembly(ids, event);
    return new EventLogBatch(
        event,
        a.identifiers(identifiers),
        a.traits(traits),
        a.memberships(memberships),
        a.states(states));
  }

  private List<IdentifierObservation> identifiers(List<PendingIdentifier> pending) {
    String eventId = event.eventId();
    boolean linkable = event.consent() != Consent.DENIED;
    List<IdentifierObservation> out = new ArrayList<>(pending.size());
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
    return out;
  }

  private List<TraitObservation> traits(List<PendingTrait> pending) {
    List<TraitObservation> out = new ArrayList<>(pending.size());
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
    return out;
  }

  private List<MembershipObservation> memberships(List<PendingMembership> pending) {
    List<MembershipObservation> out = new ArrayList<>(pending.size());
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
    return out;
  }

  private List<StateObservation> states(List<PendingState> pending) {
    List<StateObservation> out = new ArrayList<>(pending.size());
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
    return out;
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
