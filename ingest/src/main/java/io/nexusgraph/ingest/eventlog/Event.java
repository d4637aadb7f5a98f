package io.nexusgraph.ingest.eventlog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * Something a source says happened (an email sent, an invoice paid, a page viewed), one per source
 * record.
 *
 * @param eventId {@code evt_} + hash of the source name, record id and raw record text
 * @param occurredAt business time from the source, UTC
 * @param eventName what happened, e.g. {@code invoice.paid}
 * @param eventType coarse family, e.g. {@code email}, {@code billing}, {@code web}
 * @param eventDescription free text (subject line, page title), may be null
 * @param source the configured source name, e.g. {@code stripe}
 * @param sourceRecordId the id of the record in the source (message id, Stripe object id, line)
 * @param value monetary or numeric value in major units (cents already divided), may be null
 * @param valueUnit unit of {@code value}, e.g. an ISO currency code, may be null
 * @param significance optional source-assigned weight, may be null
 * @param consent consent state carried by the record
 */
public record Event(
    String eventId,
    Instant occurredAt,
    String eventName,
    String eventType,
    String eventDescription,
    String source,
    String sourceRecordId,
    BigDecimal value,
    String valueUnit,
    Integer significance,
    Consent consent) {
  public Event {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(eventName, "eventName");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(consent, "consent");
  }
}
