package io.nexusgraph.ingest.eventlog;

import java.util.Locale;

/**
 * What the source says about consent for the record. {@link #DENIED} keeps the event but marks its
 * identifiers as not linkable, so they never take part in identity resolution.
 */
public enum Consent {
  GRANTED,
  DENIED,
  UNKNOWN;

  /** The value stored in the {@code events.consent} column. */
  public String columnValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
