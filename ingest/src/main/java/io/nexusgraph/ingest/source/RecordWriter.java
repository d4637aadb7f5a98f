package io.nexusgraph.ingest.source;

import io.nexusgraph.ingest.eventlog.Consent;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.Event;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.normalize.Normalized;
import io.nexusgraph.ingest.quarantine.ReasonCode;
import io.nexusgraph.ingest.quarantine.Reject;
import io.nexusgraph.ingest.source.BatchAssembly.PendingIdentifier;
import io.nexusgraph.ingest.source.BatchAssembly.PendingMembership;
import io.nexusgraph.ingest.source.BatchAssembly.PendingState;
import io.nexusgraph.ingest.source.BatchAssembly.PendingTrait;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the event-log rows of one source record. Adapters describe what the record says (the
 * event, and per edge the identifiers and traits of one entity); the writer normalises values, sets
 * bad fields aside, derives the deterministic ids and, on {@link #commit()}, emits either the batch
 * or a whole-record reject.
 *
 * <p>An <em>edge key</em> names one entity within the record ({@code "sender"}, {@code "to:2"},
 * {@code "customer"}). Everything written under the same key shares one edge id, which asserts
 * identity; use different keys for different entities, even in the same event.
 */
public final class RecordWriter {
  private final IngestContext ctx;
  private final SourcePosition position;
  private final String raw;
  private final List<PendingIdentifier> identifiers = new ArrayList<>();
  // the rest only when the record has them (most have none of some): empty until then
  private List<PendingTrait> traits = List.of();
  private List<PendingMembership> memberships = List.of();
  private List<PendingState> states = List.of();
  private List<Reject> fieldRejects = List.of();
  private String eventName;
  private String eventType;
  private String description;
  private String sourceRecordId;
  private Instant occurredAt;
  private BigDecimal value;
  private String valueUnit;
  private Integer significance;
  private Consent consent = Consent.UNKNOWN;
  private ReasonCode fatalReason;
  private String fatalDetail;
  private boolean committed;

  RecordWriter(IngestContext ctx, SourcePosition position, String raw) {
    this.ctx = ctx;
    this.position = position;
    this.raw = raw;
  }

  public IngestContext context() {
    return ctx;
  }

  public SourcePosition position() {
    return position;
  }

  public RecordWriter event(String name, String type) {
    this.eventName = name;
    this.eventType = type;
    return this;
  }

  public RecordWriter description(String text) {
    this.description = text;
    return this;
  }

  public RecordWriter sourceRecordId(String id) {
    this.sourceRecordId = id;
    return this;
  }

  public RecordWriter value(BigDecimal amount, String unit) {
    this.value = amount;
    this.valueUnit = unit;
    return this;
  }

  public RecordWriter significance(Integer weight) {
    this.significance = weight;
    return this;
  }

  public RecordWriter consent(Consent state) {
    this.consent = state;
    return this;
  }

  public RecordWriter occurredAt(Instant at) {
    this.occurredAt = at;
    return this;
  }

  /** Parses the event time; a missing or bad value rejects the whole record. */
  public RecordWriter occurredAt(String field, String rawTime) {
    if (rawTime == null) {
      return fail(ReasonCode.MISSING_REQUIRED_FIELD, field, "missing " + field);
    }
    return occurredAt(field, ctx.timestamps().parse(rawTime));
  }

  public RecordWriter occurredAt(String field, Normalized<Instant> parsed) {
    if (!parsed.isOk()) {
      return fail(parsed.reason(), field, parsed.detail());
    }
    this.occurredAt = parsed.value();
    return this;
  }

  /** Rejects the whole record (the first failure wins). */
  public RecordWriter fail(ReasonCode reason, String field, String detail) {
    if (fatalReason == null) {
      fatalReason = reason;
      fatalDetail = detail;
    }
    return this;
  }

  /** Rejects the record as missing {@code field} unless {@code present} is non-null. */
  public boolean require(String field, Object present) {
    if (present == null) {
      fail(ReasonCode.MISSING_REQUIRED_FIELD, field, "missing " + field);
      return false;
    }
    return true;
  }

  /**
   * A person identifier on edge {@code edge}; returns the normalised value, or null if set aside.
   */
  public String person(String edge, String type, String rawValue, String role) {
    return identifier(EntityKind.PERSON, edge, type, rawValue, role);
  }

  /**
   * A group identifier on edge {@code edge}; returns the normalised value, or null if set aside.
   */
  public String group(String edge, String type, String rawValue, String role) {
    return identifier(EntityKind.GROUP, edge, type, rawValue, role);
  }

  /** An identifier that is already normalised (e.g. a domain derived from a normalised email). */
  public void normalized(
      EntityKind kind, String edge, String type, String value, String rawValue, String role) {
    if (value != null) {
      identifiers.add(new PendingIdentifier(kind, edge, type, value, rawValue, role));
    }
  }

  private String identifier(
      EntityKind kind, String edge, String type, String rawValue, String role) {
    if (rawValue == null) {
      return null;
    }
    Normalized<String> n = ctx.normalizer().identifier(type, rawValue);
    if (!n.isOk()) {
      fieldRejects =
          add(
              fieldRejects,
              ctx.fieldReject(position, n.reason(), role + "." + type, n.detail(), rawValue));
      return null;
    }
    identifiers.add(new PendingIdentifier(kind, edge, type, n.value(), rawValue, role));
    return n.value();
  }

  public void personTrait(String edge, String name, String traitValue) {
    trait(EntityKind.PERSON, edge, name, traitValue);
  }

  public void groupTrait(String edge, String name, String traitValue) {
    trait(EntityKind.GROUP, edge, name, traitValue);
  }

  private void trait(EntityKind kind, String edge, String name, String traitValue) {
    if (traitValue == null || traitValue.isBlank()) {
      return;
    }
    String v = traitValue.strip();
    if (ctx.normalizer().isBlockedExact(v)) {
      fieldRejects =
          add(
              fieldRejects,
              ctx.fieldReject(position, ReasonCode.BLOCKED_VALUE, name, "blocked value", v));
      return;
    }
    traits = add(traits, new PendingTrait(kind, edge, name, v));
  }

  /** Person → group membership by normalised identifiers; ignored when either side is null. */
  public void membership(
      String personType, String person, String groupType, String group, String role) {
    if (person != null && group != null) {
      memberships =
          add(memberships, new PendingMembership(personType, person, groupType, group, role));
    }
  }

  /** A state of the entity named by a normalised identifier, at the event's time. */
  public void state(EntityKind kind, String type, String id, String stateName, String stateValue) {
    if (id != null && stateValue != null) {
      states = add(states, new PendingState(kind, type, id, stateName, stateValue));
    }
  }

  /** Emits the record: its batch and field rejects, or one whole-record reject. */
  public void commit() {
    if (committed) {
      throw new IllegalStateException("record at " + position.location() + " committed twice");
    }
    committed = true;
    if (eventName == null) {
      fail(ReasonCode.MISSING_REQUIRED_FIELD, "event", "no event name");
    }
    if (occurredAt == null) {
      fail(ReasonCode.MISSING_REQUIRED_FIELD, "occurred_at", "no event time");
    }
    if (fatalReason != null) {
      ctx.rejectWhole(ctx.fieldReject(position, fatalReason, null, fatalDetail, raw));
      return;
    }
    ctx.accept(build(), fieldRejects);
  }

  private EventLogBatch build() {
    String source = ctx.source();
    String recordId = sourceRecordId != null ? sourceRecordId : position.location();
    Event event =
        new Event(
            ctx.ids().of("evt_", source, recordId, raw),
            occurredAt,
            eventName,
            eventType,
            description,
            source,
            recordId,
            value,
            valueUnit,
            significance,
            consent);
    return ctx.assembly()
        .assemble(
            ctx.ids().scope(event.eventId()), event, identifiers, traits, memberships, states);
  }

  /** Adds to a list that may still be the shared empty one; returns the list to keep. */
  private static <T> List<T> add(List<T> list, T item) {
    List<T> growing = list instanceof ArrayList ? list : new ArrayList<>();
    growing.add(item);
    return growing;
  }
}
