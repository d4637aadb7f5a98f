package io.nexusgraph.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast paths agree with the java.time parsers on everything they accept, and decline the rest.
 */
class FastTimestampsTest {
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };
  private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

  private final Timestamps timestamps =
      new Timestamps(NormalizationConfig.defaults(), Clock.systemUTC());
  private final Random random = new Random(20250611L);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-03-01T10:00:00Z|2024-03-01T10:00:00Z",
        "2024-03-01 10:00:00.25Z|2024-03-01T10:00:00.250Z",
        "2024-08-06T21:39:55-05:00|2024-08-07T02:39:55Z",
        "2024-03-01T10:00:00.123456789+0530|2024-03-01T04:30:00.123456789Z"
      })
  void isoWithOffsetIsParsedWithoutJavaTime(String raw, String expected) {
    assertThat(FastTimestamps.iso(raw)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Tue, 24 Sep 2024 08:19:02 +0000|2024-09-24T08:19:02Z",
        "tue, 2 JAN 2024 03:04:05 -0800|2024-01-02T11:04:05Z",
        "2 Jan 2024 03:04 GMT|2024-01-02T03:04:00Z"
      })
  void mailDatesAreParsedWithoutJavaTime(String raw, String expected) {
    assertThat(FastTimestamps.mailDate(raw)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-02-30T10:00:00Z",
        "2024-03-01T24:00:00Z",
        "2024-03-01T10:00:00+18:30",
        "2024-03-01T10:00:00.Z",
        "2024-03-01T10:00:00.1234567890Z",
        "2024-03-01T10:00Z",
        "2024-03-01T10:00:00",
        "2024-03-01t10:00:00z"
      })
  void isoShapesItDoesNotFullyUnderstandAreLeftToJavaTime(String raw) {
    assertThat(FastTimestamps.iso(raw)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Mon, 24 Sep 2024 08:19:02 +0000",
        "Tue, 31 Sep 2024 08:19:02 +0000",
        "Tue, 24 Sep 2024 08:19:02 +0000 (UTC)",
        "Tue,  24 Sep 2024 08:19:02 +0000",
        "Tue, 24 Sep 2024 08:19:02 UT",
        "Tuesday, 24 Sep 2024 08:19:02 +0000",
        "24 Sept 2024 08:19:02 +0000"
      })
  void mailDatesItDoesNotFullyUnderstandAreLeftToJavaTime(String raw) {
    assertThat(FastTimestamps.mailDate(raw)).isNull();
  }

  @Test
  void randomIsoTimestampsParseAsJavaTimeParsesThem() {
    int fast = 0;
    for (int i = 0; i < 5000; i++) {
      ZonedDateTime t = randomTime();
      String offset =
          switch (random.nextInt(5)) {
            case 0 -> "Z";
            case 1 -> "%+03d:%02d".formatted(random.nextInt(39) - 19, random.nextInt(61));
            case 2 -> "%+03d%02d".formatted(random.nextInt(39) - 19, random.nextInt(61));
            case 3 -> "-00:00";
            default -> "+05:30";
          };
      String fraction =
          random.nextBoolean() ? "" : "." + "123456789012".substring(0, random.nextInt(12));
      String raw =
          "%04d-%02d-%02d%s%02d:%02d:%02d%s%s"
              .formatted(
                  t.getYear(),
                  t.getMonthValue(),
                  t.getDayOfMonth() + (random.nextInt(10) == 0 ? 2 : 0),
                  random.nextBoolean() ? "T" : " ",
                  t.getHour() + (random.nextInt(20) == 0 ? 1 : 0),
                  t.getMinute(),
                  t.getSecond(),
                  fraction,
                  offset);
      fast += agree(raw, FastTimestamps.iso(raw)) ? 1 : 0;
    }
    assertThat(fast).isGreaterThan(2000);
  }

  @Test
  void randomMailDatesParseAsJavaTimeParsesThem() {
    int fast = 0;
    for (int i = 0; i < 5000; i++) {
      ZonedDateTime t = randomTime();
      int day = t.getDayOfMonth() + (random.nextInt(10) == 0 ? 2 : 0);
      String weekday =
          switch (random.nextInt(4)) {
            case 0 -> "";
            case 1 -> DAYS[random.nextInt(7)] + ", ";
            default -> DAYS[t.getDayOfWeek().getValue() - 1] + ", ";
          };
      String month = MONTHS[t.getMonthValue() - 1];
      String raw =
          "%s%s %s %d %02d:%02d%s %s"
              .formatted(
                  random.nextBoolean() ? weekday : weekday.toUpperCase(Locale.ROOT),
                  random.nextBoolean() ? "%02d".formatted(day) : String.valueOf(day),
                  random.nextBoolean() ? month : month.toLowerCase(Locale.ROOT),
                  t.getYear(),
                  t.getHour(),
                  t.getMinute(),
                  random.nextBoolean() ? ":%02d".formatted(t.getSecond()) : "",
                  random.nextInt(4) == 0
                      ? "GMT"
                      : "%+03d%02d".formatted(random.nextInt(39) - 19, random.nextInt(61)));
      fast += agree(raw, FastTimestamps.mailDate(raw)) ? 1 : 0;
    }
    assertThat(fast).isGreaterThan(1000);
  }

  /** True when the fast path parsed {@code raw}; fails when it parsed it differently. */
  private boolean agree(String raw, Instant fast) {
    if (fast == null) {
      return false;
    }
    assertThat(fast).as(raw).isEqualTo(general(raw));
    return true;
  }

  private Instant general(String raw) {
    try {
      return timestamps.general(raw);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private ZonedDateTime randomTime() {
    long seconds = 631_152_000L + (long) (random.nextDouble() * 1_300_000_000L);
    return Instant.ofEpochSecond(seconds).atZone(ZoneOffset.UTC);
  }
}
