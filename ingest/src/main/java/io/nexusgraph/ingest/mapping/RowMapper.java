package io.nexusgraph.ingest.mapping;

import io.nexusgraph.ingest.eventlog.Consent;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.mapping.MappingSpec.EdgeSpec;
import io.nexusgraph.ingest.mapping.MappingSpec.EventSpec;
import io.nexusgraph.ingest.mapping.MappingSpec.IdentifierSpec;
import io.nexusgraph.ingest.mapping.MappingSpec.MembershipSpec;
import io.nexusgraph.ingest.mapping.MappingSpec.TraitSpec;
import io.nexusgraph.ingest.quarantine.ReasonCode;
import io.nexusgraph.ingest.source.RecordWriter;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Applies a mapping to one row, whatever its origin; {@code row} returns null for absent cells. */
final class RowMapper {
  private static final Set<String> GRANTED =
      Set.of("granted", "true", "yes", "y", "1", "opt_in", "opted_in");
  private static final Set<String> DENIED =
      Set.of("denied", "false", "no", "n", "0", "opt_out", "opted_out");

  private final MappingSpec spec;

  RowMapper(MappingSpec spec) {
    this.spec = spec;
  }

  void map(Function<String, String> row, RecordWriter out) {
    EventSpec e = spec.event();
    String name = e.nameColumn() != null ? blankToNull(row.apply(e.nameColumn())) : e.name();
    if (name == null) {
      name = e.name();
    }
    out.event(name, e.type());
    if (e.recordId() != null) {
      out.sourceRecordId(blankToNull(row.apply(e.recordId())));
    }
    out.occurredAt(e.occurredAt(), blankToNull(row.apply(e.occurredAt())));
    if (e.description() != null) {
      out.description(blankToNull(row.apply(e.description())));
    }
    value(row, e, out);
    if (e.consent() != null) {
      out.consent(consent(row.apply(e.consent())));
    }
    Map<String, String> seen = new HashMap<>();
    for (EdgeSpec edge : spec.edges()) {
      for (IdentifierSpec id : edge.identifiers()) {
        String raw = blankToNull(row.apply(id.column()));
        String v =
            edge.kind() == EntityKind.PERSON
                ? out.person(edge.key(), id.type(), raw, id.role())
                : out.group(edge.key(), id.type(), raw, id.role());
        if (v != null) {
          seen.putIfAbsent(edge.key() + "\u001f" + id.type(), v);
        }
      }
      for (TraitSpec t : edge.traits()) {
        String v = row.apply(t.column());
        if (edge.kind() == EntityKind.PERSON) {
          out.personTrait(edge.key(), t.name(), v);
        } else {
          out.groupTrait(edge.key(), t.name(), v);
        }
      }
    }
    for (MembershipSpec m : spec.memberships()) {
      out.membership(
          m.personType(),
          seen.get(m.personEdge() + "\u001f" + m.personType()),
          m.groupType(),
          seen.get(m.groupEdge() + "\u001f" + m.groupType()),
          m.role());
    }
  }

  private static void value(Function<String, String> row, EventSpec e, RecordWriter out) {
    if (e.value() == null) {
      return;
    }
    String raw = blankToNull(row.apply(e.value()));
    if (raw == null) {
      return;
    }
    String unit = e.valueUnitColumn() != null ? row.apply(e.valueUnitColumn()) : e.valueUnit();
    try {
      out.value(
          new BigDecimal(raw.strip()), unit == null ? null : unit.strip().toUpperCase(Locale.ROOT));
    } catch (NumberFormatException ex) {
      out.fail(ReasonCode.INVALID_VALUE, e.value(), "not a number: " + raw);
    }
  }

  static Consent consent(String raw) {
    if (raw == null) {
      return Consent.UNKNOWN;
    }
    String v = raw.strip().toLowerCase(Locale.ROOT);
    return GRANTED.contains(v)
        ? Consent.GRANTED
        : DENIED.contains(v) ? Consent.DENIED : Consent.UNKNOWN;
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v;
  }
}
