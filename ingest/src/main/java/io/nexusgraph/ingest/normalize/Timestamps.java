package io.nexusgraph.ingest.normalize;

import io.nexusgraph.ingest.quarantine.ReasonCode;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * Parses source timestamps to UTC instants and checks they are plausible. Accepted: ISO-8601 with
 * offset or {@code Z} (a space instead of {@code T} is fine), naive ISO date-times and dates (read
 * in the configured zone), RFC 2822 mail dates, and epoch seconds (10 digits) or milliseconds (13
 * digits). Plausible means not before {@code earliest_timestamp} and not later than the clock's now
 * plus {@code max_future_skew}.
 */
public final class Timestamps {
  private static final DateTimeFormatter OFFSET_NO_COLON =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .appendOffset("+HHmm", "Z")
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter RFC_2822 =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .parseLenient()
          .optionalStart()
          .appendPattern("EEE, ")
          .optionalEnd()
          .appendPattern("d MMM yyyy HH:mm")
          .optionalStart()
          .appendPattern(":ss")
          .optionalEnd()
          .appendPattern(" ")
          .appendOffset("+HHMM", "GMT")
          .toFormatter(Locale.ENGLISH);

  private final NormalizationConfig config;
  private final Clock clock;
  // now + max_future_skew as last read from the clock; time only moves on, so a value not after it
  // is not in the future, and the clock is read again only for values that are
  private Instant latestAllowed;

  public Timestamps(NormalizationConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  public Normalized<Instant> parse(String raw) {
    String v = raw.strip();
    if (v.isEmpty()) {
      return Normalized.rejected(ReasonCode.UNPARSEABLE_TIMESTAMP, "empty timestamp");
    }
    try {
      return inRange(parseInstant(v));
    } catch (DateTimeException | NumberFormatException e) {
      return Normalized.rejected(ReasonCode.UNPARSEABLE_TIMESTAMP, "unrecognised timestamp");
    }
  }

  public Normalized<Instant> epochSeconds(long seconds) {
    try {
      return inRange(Instant.ofEpochSecond(seconds));
    } catch (DateTimeException e) {
      return Normalized.rejected(ReasonCode.TIMESTAMP_OUT_OF_RANGE, "epoch seconds out of range");
    }
  }

  public Normalized<Instant> epochMillis(long millis) {
    return inRange(Instant.ofEpochMilli(millis));
  }

  private Instant parseInstant(String v) {
    if (allDigits(v)) {
      long n = Long.parseLong(v);
      return switch (v.length()) {
        case 9, 10 -> Instant.ofEpochSecond(n);
        case 12, 13 -> Instant.ofEpochMilli(n);
        default -> throw new DateTimeException("ambiguous epoch number");
      };
    }
    boolean isoShaped = v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-';
    Instant fast = isoShaped ? FastTimestamps.iso(v) : FastTimestamps.mailDate(v);
    return fast != null ? fast : general(v);
  }

  /**
   * The java.time parsers for everything the fast paths leave alone (and the reference for them).
   */
  Instant general(String v) {
    if (v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
      if (v.length() == 10) {
        return LocalDate.parse(v).atStartOfDay(config.naiveTimestampZone()).toInstant();
      }
      String iso = v.charAt(10) == ' ' ? v.substring(0, 10) + 'T' + v.substring(11) : v;
      if (hasOffset(iso)) {
        try {
          return OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
          return OffsetDateTime.parse(iso, OFFSET_NO_COLON).toInstant();
        }
      }
      return LocalDateTime.parse(iso).atZone(config.naiveTimestampZone()).toInstant();
    }
    return OffsetDateTime.parse(stripComment(v), RFC_2822).toInstant();
  }

  private Normalized<Instant> inRange(Instant t) {
    if (t.isBefore(config.earliestTimestamp())) {
      return Normalized.rejected(
          ReasonCode.TIMESTAMP_OUT_OF_RANGE, "before " + config.earliestTimestamp());
    }
    if (latestAllowed == null || t.isAfter(latestAllowed)) {
      latestAllowed = clock.instant().plus(config.maxFutureSkew());
      if (t.isAfter(latestAllowed)) {
        return Normalized.rejected(ReasonCode.TIMESTAMP_OUT_OF_RANGE, "in the future");
      }
    }
    return Normalized.ok(t);
  }

  private static boolean hasOffset(String iso) {
    char last = iso.charAt(iso.length() - 1);
    if (last == 'Z' || last == 'z') {
      return true;
    }
    int t = iso.indexOf('T');
    return t > 0 && (iso.indexOf('+', t) > 0 || iso.indexOf('-', t) > 0);
  }

  private static String stripComment(String v) {
    int paren = v.indexOf('(');
    return (paren > 0 ? v.substring(0, paren) : v).strip().replaceAll("\\s+", " ");
  }

  private static boolean allDigits(String v) {
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
