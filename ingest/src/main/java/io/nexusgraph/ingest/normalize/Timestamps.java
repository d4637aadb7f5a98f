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
          .toFormatter(Locale.ROOT);
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
    Instant fast = fastUtc(v);
    if (fast != null) {
      return fast;
    }
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

  /**
   * The common {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} shape without the general parser; null for
   * anything else (including invalid field values, which the general parser then reports).
   */
  private static Instant fastUtc(String v) {
    int n = v.length();
    if (n < 20
        || v.charAt(n - 1) != 'Z'
        || v.charAt(4) != '-'
        || v.charAt(7) != '-'
        || v.charAt(10) != 'T'
        || v.charAt(13) != ':'
        || v.charAt(16) != ':') {
      return null;
    }
    int nanos = 0;
    if (n > 20) {
      if (v.charAt(19) != '.' || n - 21 > 9 || n == 21) {
        return null;
      }
      for (int i = 20; i < n - 1; i++) {
        char c = v.charAt(i);
        if (c < '0' || c > '9') {
          return null;
        }
        nanos = nanos * 10 + (c - '0');
      }
      for (int i = n - 21; i < 9; i++) {
        nanos *= 10;
      }
    }
    int year = digits(v, 0, 4);
    int month = digits(v, 5, 2);
    int day = digits(v, 8, 2);
    int hour = digits(v, 11, 2);
    int minute = digits(v, 14, 2);
    int second = digits(v, 17, 2);
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || day > 31
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59) {
      return null;
    }
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600L + minute * 60L + second, nanos);
  }

  private static int digits(String v, int from, int count) {
    int out = 0;
    for (int i = from; i < from + count; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      out = out * 10 + (c - '0');
    }
    return out;
  }

  private Normalized<Instant> inRange(Instant t) {
    if (t.isBefore(config.earliestTimestamp())) {
      return Normalized.rejected(
          ReasonCode.TIMESTAMP_OUT_OF_RANGE, "before " + config.earliestTimestamp());
    }
    if (t.isAfter(clock.instant().plus(config.maxFutureSkew()))) {
      return Normalized.rejected(ReasonCode.TIMESTAMP_OUT_OF_RANGE, "in the future");
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
