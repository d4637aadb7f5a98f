package io.nexusgraph.ingest.quarantine;

import io.nexusgraph.ingest.eventlog.Ids;
import java.time.Instant;

/**
 * A row or a field set aside. The excerpt is the raw text truncated to {@value #MAX_EXCERPT}
 * characters, enough to find and fix the row at its location.
 *
 * @param id {@code rej_} + hash of source, location, reason, field, detail and excerpt
 * @param location {@code file:line} or a record id
 * @param field the offending field for field-level rejects, null when the whole record is rejected
 * @param rawExcerpt the record's raw text (whole-record rejects) or the field's raw value
 */
public record Reject(
    String id,
    String source,
    String location,
    ReasonCode reason,
    String field,
    String detail,
    String rawExcerpt,
    Instant rejectedAt) {
  public static final int MAX_EXCERPT = 512;

  public static Reject of(
      String source,
      String location,
      ReasonCode reason,
      String field,
      String detail,
      String raw,
      Instant rejectedAt) {
    String excerpt = excerpt(raw);
    String id = Ids.of("rej_", source, location, reason.name(), field, detail, excerpt);
    return new Reject(id, source, location, reason, field, detail, excerpt, rejectedAt);
  }

  /** Truncates to at most {@value #MAX_EXCERPT} chars without splitting a surrogate pair. */
  public static String excerpt(String raw) {
    if (raw == null || raw.length() <= MAX_EXCERPT) {
      return raw;
    }
    int end = MAX_EXCERPT;
    if (Character.isHighSurrogate(raw.charAt(end - 1))) {
      end--;
    }
    return raw.substring(0, end);
  }

  /** True when the whole record was rejected rather than one of its fields. */
  public boolean wholeRecord() {
    return field == null;
  }
}
