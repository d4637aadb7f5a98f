package io.nexusgraph.api.lookup;

import io.nexusgraph.api.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;

/**
 * Opaque page cursors: base64url text a client passes back unchanged. A timeline cursor holds the
 * (occurred_at, event_id) of the last event sent, a key cursor the last key sent; the next page
 * starts strictly after it (keyset pagination: no duplicates or gaps while rows are added).
 */
public final class Cursors {

  static final String PARAMETER = "cursor";
  private static final String TIMELINE = "t1";
  private static final String KEY = "k1";
  private static final char SEPARATOR = '|';

  private Cursors() {}

  /** A timeline position: the last event sent. */
  public record TimelinePosition(Instant occurredAt, String eventId) {}

  public static String timeline(Instant occurredAt, String eventId) {
    return encode(
        TIMELINE
            + SEPARATOR
            + occurredAt.getEpochSecond()
            + SEPARATOR
            + occurredAt.getNano()
            + SEPARATOR
            + eventId);
  }

  public static TimelinePosition timelineFrom(String cursor) {
    String[] parts = decode(cursor, TIMELINE).split("\\|", 4);
    if (parts.length != 4) {
      throw invalid();
    }
    try {
      Instant at = Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
      return new TimelinePosition(at, parts[3]);
    } catch (NumberFormatException | DateTimeException e) {
      throw invalid();
    }
  }

  public static String key(String lastKey) {
    return encode(KEY + SEPARATOR + lastKey);
  }

  public static String keyFrom(String cursor) {
    String[] parts = decode(cursor, KEY).split("\\|", 2);
    if (parts.length != 2 || parts[1].isEmpty()) {
      throw invalid();
    }
    return parts[1];
  }

  private static String encode(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String cursor, String kind) {
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (!text.startsWith(kind + SEPARATOR)) {
      throw invalid();
    }
    return text;
  }

  private static ProblemException invalid() {
    return ProblemException.invalid(
        PARAMETER,
        "is not a cursor this endpoint issued: pass next_cursor from the previous page unchanged,"
            + " or leave it out for the first page");
  }
}
