package io.nexusgraph.ingest.normalize;

import io.nexusgraph.ingest.quarantine.ReasonCode;

/**
 * The outcome of normalising one value: either the normalised value or the reason it was set aside.
 */
public record Normalized<T>(T value, ReasonCode reason, String detail) {
  public static <T> Normalized<T> ok(T value) {
    return new Normalized<>(value, null, null);
  }

  public static <T> Normalized<T> rejected(ReasonCode reason, String detail) {
    return new Normalized<>(null, reason, detail);
  }

  public boolean isOk() {
    return reason == null;
  }
}
