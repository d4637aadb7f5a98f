package io.nexusgraph.ingest.normalize;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Hand-rolled parsers for the two timestamp shapes that dominate real exports, because {@link
 * java.time.format.DateTimeFormatter} costs microseconds per value: ISO-8601 with seconds and an
 * offset ({@code 2024-03-01T10:00:00.5Z}, {@code 2024-03-01 10:00:00-05:00}) and RFC 2822 mail
 * dates ({@code Tue, 2 Jan 2024 03:04:05 +0000}). Each returns null for anything it does not fully
 * understand, including invalid field values, so the general parser in {@link Timestamps} decides
 * (and reports) every other case; what they accept they parse exactly as the general parser does.
 */
final class FastTimestamps {
  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
  private static final String DAYS = "montuewedthufrisatsun";

  private FastTimestamps() {}

  /** {@code yyyy-MM-dd(T| )HH:mm:ss[.fraction](Z|±HH:MM|±HHMM)}, or null. */
  static Instant iso(String v) {
    int n = v.length();
    if (n < 20
        || v.charAt(4) != '-'
        || v.charAt(7) != '-'
        || v.charAt(10) != 'T' && v.charAt(10) != ' '
        || v.charAt(13) != ':'
        || v.charAt(16) != ':') {
      return null;
    }
    int at = 19;
    int nanos = 0;
    if (v.charAt(at) == '.') {
      int digits = 0;
      for (at++; at < n && isDigit(v.charAt(at)); at++) {
        if (++digits > 9) {
          return null;
        }
        nanos = nanos * 10 + (v.charAt(at) - '0');
      }
      if (digits == 0) {
        return null;
      }
      for (int i = digits; i < 9; i++) {
        nanos *= 10;
      }
    }
    int offsetSeconds = offset(v, at, true);
    if (offsetSeconds == Integer.MIN_VALUE) {
      return null;
    }
    return instant(
        digits(v, 0, 4),
        digits(v, 5, 2),
        digits(v, 8, 2),
        digits(v, 11, 2),
        digits(v, 14, 2),
        digits(v, 17, 2),
        nanos,
        offsetSeconds,
        null);
  }

  /** {@code [EEE, ]d MMM yyyy HH:mm[:ss] (±HHMM|GMT)} with single spaces, or null. */
  static Instant mailDate(String v) {
    int at = 0;
    DayOfWeek weekday = null;
    if (v.length() > 5 && v.charAt(3) == ',' && v.charAt(4) == ' ') {
      weekday = dayOfWeek(v);
      if (weekday == null) {
        return null;
      }
      at = 5;
    }
    int dayEnd = at;
    while (dayEnd < v.length() && dayEnd - at < 3 && isDigit(v.charAt(dayEnd))) {
      dayEnd++;
    }
    int len = dayEnd - at;
    // the rest is fixed: " MMM yyyy HH:mm" [":ss"] " " offset
    if (len < 1 || len > 2 || v.length() < dayEnd + 19) {
      return null;
    }
    int day = digits(v, at, len);
    at = dayEnd;
    if (v.charAt(at) != ' ' || v.charAt(at + 4) != ' ' || v.charAt(at + 9) != ' ') {
      return null;
    }
    int month = month(v, at + 1);
    int year = digits(v, at + 5, 4);
    at += 10;
    if (v.charAt(at + 2) != ':') {
      return null;
    }
    int hour = digits(v, at, 2);
    int minute = digits(v, at + 3, 2);
    int second = 0;
    at += 5;
    if (v.charAt(at) == ':') {
      second = at + 3 <= v.length() ? digits(v, at + 1, 2) : -1;
      at += 3;
    }
    if (at >= v.length() || v.charAt(at) != ' ') {
      return null;
    }
    int offsetSeconds =
        v.length() == at + 4 && v.regionMatches(true, at + 1, "GMT", 0, 3)
            ? 0
            : offset(v, at + 1, false);
    if (offsetSeconds == Integer.MIN_VALUE) {
      return null;
    }
    return instant(year, month, day, hour, minute, second, 0, offsetSeconds, weekday);
  }

  /**
   * The offset at {@code from} running to the end of {@code v}, in seconds; Integer.MIN_VALUE when
   * it is not {@code Z} (ISO only), {@code ±HH:MM} (ISO only) or {@code ±HHMM}, or out of range.
   */
  private static int offset(String v, int from, boolean iso) {
    int rest = v.length() - from;
    if (iso && rest == 1 && v.charAt(from) == 'Z') {
      return 0;
    }
    char sign = rest > 0 ? v.charAt(from) : 0;
    if (sign != '+' && sign != '-') {
      return Integer.MIN_VALUE;
    }
    int hours;
    int minutes;
    if (iso && rest == 6 && v.charAt(from + 3) == ':') {
      hours = digits(v, from + 1, 2);
      minutes = digits(v, from + 4, 2);
    } else if (rest == 5) {
      hours = digits(v, from + 1, 2);
      minutes = digits(v, from + 3, 2);
    } else {
      return Integer.MIN_VALUE;
    }
    if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59 || hours == 18 && minutes > 0) {
      return Integer.MIN_VALUE;
    }
    int seconds = hours * 3600 + minutes * 60;
    return sign == '-' ? -seconds : seconds;
  }

  private static Instant instant(
      int year,
      int month,
      int day,
      int hour,
      int minute,
      int second,
      int nanos,
      int offsetSeconds,
      DayOfWeek weekday) {
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59) {
      return null;
    }
    try {
      LocalDate date = LocalDate.of(year, month, day);
      if (weekday != null && date.getDayOfWeek() != weekday) {
        return null;
      }
      long local = date.toEpochDay() * 86_400 + hour * 3600L + minute * 60L + second;
      return Instant.ofEpochSecond(local - offsetSeconds, nanos);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static DayOfWeek dayOfWeek(String v) {
    for (int i = 0; i < DAYS.length(); i += 3) {
      if (v.regionMatches(true, 0, DAYS, i, 3)) {
        return DayOfWeek.of(i / 3 + 1);
      }
    }
    return null;
  }

  private static int month(String v, int from) {
    for (int i = 0; i < MONTHS.length(); i += 3) {
      if (v.regionMatches(true, from, MONTHS, i, 3)) {
        return i / 3 + 1;
      }
    }
    return -1;
  }

  private static int digits(String v, int from, int count) {
    int out = 0;
    for (int i = from; i < from + count; i++) {
      char c = v.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      out = out * 10 + (c - '0');
    }
    return out;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
