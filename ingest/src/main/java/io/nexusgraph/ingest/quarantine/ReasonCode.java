package io.nexusgraph.ingest.quarantine;

import java.util.Locale;

/** Why a row or a field was set aside. The lower-case name is stored in {@code reason_code}. */
public enum ReasonCode {
  /** The record is not well-formed JSON (or not a JSON object). Whole record rejected. */
  MALFORMED_JSON,
  /** The CSV row cannot be parsed or has the wrong number of columns. Whole record rejected. */
  MALFORMED_CSV,
  /** A field the record cannot do without (id, timestamp, type) is absent. Whole record. */
  MISSING_REQUIRED_FIELD,
  /** A timestamp could not be parsed in any supported format. */
  UNPARSEABLE_TIMESTAMP,
  /** A timestamp lies before the configured earliest instant or too far in the future. */
  TIMESTAMP_OUT_OF_RANGE,
  /** An identifier is longer than the configured maximum (1 KB by default). Field rejected. */
  OVERSIZED_VALUE,
  /** A value contains control characters. Field rejected. */
  CONTROL_CHARACTERS,
  /** A value is on the blocked list (placeholder, null-ish, shared junk). Field rejected. */
  BLOCKED_VALUE,
  /** Not a syntactically valid email address. Field rejected. */
  INVALID_EMAIL,
  /** Not a valid phone number for its (or the default) region. Field rejected. */
  INVALID_PHONE,
  /** Not a domain under a public suffix. Field rejected. */
  INVALID_DOMAIN,
  /** A number or value field (amount, currency) cannot be interpreted. Whole record. */
  INVALID_VALUE,
  /** The record is well-formed but of a kind this adapter does not handle. Whole record. */
  UNSUPPORTED_RECORD;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
