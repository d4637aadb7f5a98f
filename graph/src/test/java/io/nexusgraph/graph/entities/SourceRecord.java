package io.nexusgraph.graph.entities;

import io.nexusgraph.ingest.eventlog.Consent;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.Event;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.eventlog.IdentifierObservation;
import io.nexusgraph.ingest.eventlog.MembershipObservation;
import io.nexusgraph.ingest.eventlog.TraitObservation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One source record of a test, written like an adapter would: identifiers and traits per edge key
 * (one edge = one entity), memberships between identifiers. Ids derive from the event id, which
 * carries the test's token.
 */
final class SourceRecord {

  private final String eventId;
  private final Instant at;
  private final String source;
  private final List<IdentifierObservation> identifiers = new ArrayList<>();
  private final List<TraitObservation> traits = new ArrayList<>();
  private final List<MembershipObservation> memberships = new ArrayList<>();

  SourceRecord(String eventId, Instant at, String source) {
    this.eventId = eventId;
    this.at = at;
    this.source = source;
  }

  String eventId() {
    return eventId;
  }

  SourceRecord person(String edge, String type, String value, String role) {
    return identifier(EntityKind.PERSON, edge, type, value, role);
  }

  SourceRecord group(String edge, String type, String value, String role) {
    return identifier(EntityKind.GROUP, edge, type, value, role);
  }

  SourceRecord personTrait(String edge, String name, String value) {
    return trait(EntityKind.PERSON, edge, name, value);
  }

  SourceRecord groupTrait(String edge, String name, String value) {
    return trait(EntityKind.GROUP, edge, name, value);
  }

  SourceRecord membership(String email, String domain, String role) {
    memberships.add(
        new MembershipObservation(
            "mbo_" + eventId + "_" + memberships.size(),
            eventId,
            "email",
            email,
            "domain",
            domain,
            role,
            source,
            at));
    return this;
  }

  EventLogBatch batch() {
    Event event =
        new Event(
            eventId,
            at,
            "test.record",
            "test",
            null,
            source,
            eventId,
            null,
            null,
            null,
            Consent.GRANTED);
    return new EventLogBatch(event, identifiers, traits, memberships, List.of());
  }

  private SourceRecord identifier(
      EntityKind kind, String edge, String type, String value, String role) {
    identifiers.add(
        new IdentifierObservation(
            "io_" + eventId + "_" + identifiers.size(),
            kind,
            type,
            value,
            value,
            edgeId(edge),
            role,
            source,
            at,
            eventId,
            true));
    return this;
  }

  private SourceRecord trait(EntityKind kind, String edge, String name, String value) {
    traits.add(
        new TraitObservation(
            (kind == EntityKind.PERSON ? "pto_" : "gto_") + eventId + "_" + traits.size(),
            kind,
            edgeId(edge),
            name,
            value,
            source,
            at,
            eventId));
    return this;
  }

  private String edgeId(String edge) {
    return "edg_" + eventId + "_" + edge;
  }
}
