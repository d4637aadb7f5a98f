package io.nexusgraph.ingest.eventlog;

import java.util.Locale;

/** The two kinds of entity that identity resolution builds: people and groups (companies). */
public enum EntityKind {
  PERSON,
  GROUP;

  public String columnValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
