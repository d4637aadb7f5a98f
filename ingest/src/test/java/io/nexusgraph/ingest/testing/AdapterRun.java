package io.nexusgraph.ingest.testing;

import io.nexusgraph.ingest.eventlog.Event;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.eventlog.IdentifierObservation;
import io.nexusgraph.ingest.eventlog.MembershipObservation;
import io.nexusgraph.ingest.eventlog.StateObservation;
import io.nexusgraph.ingest.eventlog.TraitObservation;
import io.nexusgraph.ingest.normalize.NormalizationConfig;
import io.nexusgraph.ingest.quarantine.Reject;
import io.nexusgraph.ingest.source.Checkpoint;
import io.nexusgraph.ingest.source.IngestContext;
import io.nexusgraph.ingest.source.ReadResult;
import io.nexusgraph.ingest.source.SourceAdapter;
import io.nexusgraph.ingest.source.SourceAdapters;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs an adapter over fixtures and renders what it produced as compact, exact text lines. */
public final class AdapterRun {
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  public final List<EventLogBatch> batches = new ArrayList<>();
  public final List<Reject> rejects = new ArrayList<>();
  public ReadResult result;

  public static AdapterRun of(String type, Map<String, String> settings, Checkpoint from) {
    return of(
        SourceAdapters.byType(type).create(settings), type, from, NormalizationConfig.defaults());
  }

  public static AdapterRun of(
      SourceAdapter adapter, String source, Checkpoint from, NormalizationConfig config) {
    AdapterRun run = new AdapterRun();
    IngestContext ctx =
        new IngestContext(source, config, CLOCK, run.batches::add, run.rejects::add);
    run.result = adapter.read(from, ctx);
    return run;
  }

  public static String fixture(String name) {
    try {
      return Path.of(AdapterRun.class.getResource("/fixtures/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One line per event and observation; edges numbered e1, e2... in order of appearance. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    for (EventLogBatch b : batches) {
      Map<String, String> edges = new HashMap<>();
      Event e = b.event();
      StringBuilder head = new StringBuilder("event " + e.eventName() + " type=" + e.eventType());
      head.append(" at=").append(e.occurredAt()).append(" record=").append(e.sourceRecordId());
      if (e.value() != null) {
        head.append(" value=").append(e.value().toPlainString()).append(' ').append(e.valueUnit());
      }
      if (e.eventDescription() != null) {
        head.append(" desc=").append(e.eventDescription());
      }
      if (e.consent() != io.nexusgraph.ingest.eventlog.Consent.UNKNOWN) {
        head.append(" consent=").append(e.consent().columnValue());
      }
      out.add(head.toString());
      for (IdentifierObservation i : b.identifiers()) {
        out.add(
            "  %s %s=%s role=%s %s%s"
                .formatted(
                    i.entityKind().columnValue(),
                    i.identifierType(),
                    i.identifierValue(),
                    i.role(),
                    edge(edges, i.edgeId()),
                    i.linkable() ? "" : " unlinkable"));
      }
      for (TraitObservation t : b.traits()) {
        out.add(
            "  %s-trait %s=%s %s"
                .formatted(
                    t.entityKind().columnValue(),
                    t.traitName(),
                    t.traitValue(),
                    edge(edges, t.edgeId())));
      }
      for (MembershipObservation m : b.memberships()) {
        out.add(
            "  member %s=%s -> %s=%s role=%s"
                .formatted(
                    m.personIdentifierType(),
                    m.personIdentifier(),
                    m.groupIdentifierType(),
                    m.groupIdentifier(),
                    m.role()));
      }
      for (StateObservation s : b.states()) {
        out.add(
            "  state %s %s=%s %s=%s"
                .formatted(
                    s.entityKind().columnValue(),
                    s.identifierType(),
                    s.identifierValue(),
                    s.stateName(),
                    s.stateValue()));
      }
    }
    return out;
  }

  /** One line per reject: location, reason code, field (or "record") and detail. */
  public List<String> rejectLines() {
    return rejects.stream()
        .map(
            r ->
                r.location()
                    + " "
                    + r.reason().code()
                    + " "
                    + (r.field() == null ? "record" : r.field())
                    + " "
                    + r.detail())
        .toList();
  }

  private static String edge(Map<String, String> edges, String edgeId) {
    return edges.computeIfAbsent(edgeId, k -> "e" + (edges.size() + 1));
  }
}
