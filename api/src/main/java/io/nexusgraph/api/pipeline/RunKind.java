package io.nexusgraph.api.pipeline;

import java.util.Locale;

/**
 * {@link #INCREMENTAL}: load and resolve what was ingested since the last succeeded run. {@link
 * #FULL}: rebuild the identity graph from the whole stored event log (after a rule or threshold
 * change), keeping ids stable.
 */
public enum RunKind {
  INCREMENTAL,
  FULL;

  public String columnValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code incremental} or {@code full}, case-insensitively. */
  public static RunKind parse(String text) {
    for (RunKind k : values()) {
      if (k.columnValue().equalsIgnoreCase(text)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "run kind must be 'incremental' or 'full', not '" + text + "'");
  }
}
