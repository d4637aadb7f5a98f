package io.nexusgraph.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.ingest.quarantine.ReasonCode;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private final Timestamps utc = new Timestamps(NormalizationConfig.defaults(), CLOCK);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-03-01T10:00:00Z|2024-03-01T10:00:00Z",
        "2024-03-01T10:00:00.123456Z|2024-03-01T10:00:00.123456Z",
        "2024-03-31T23:59:59.5Z|2024-03-31T23:59:59.500Z",
        "2024-03-01T10:00:00.123+02:00|2024-03-01T08:00:00.123Z",
        "2024-03-01 10:00:00+0000|2024-03-01T10:00:00Z",
        "2024-03-01T10:00:00|2024-03-01T10:00:00Z",
        "2024-03-01 10:00:00|2024-03-01T10:00:00Z",
        "2024-03-01|2024-03-01T00:00:00Z",
        "Tue, 2 Jan 2024 03:04:05 -0800|2024-01-02T11:04:05Z",
        "Tue, 02 Jan 2024 03:04:05 +0000 (UTC)|2024-01-02T03:04:05Z",
        "2 Jan 2024 03:04 GMT|2024-01-02T03:04:00Z",
        "1704164645|2024-01-02T03:04:05Z",
        "1704164645123|2024-01-02T03:04:05.123Z"
      })
  void parsesTheFormatsSourcesUse(String raw, String expected) {
    assertThat(utc.parse(raw)).isEqualTo(Normalized.ok(Instant.parse(expected)));
  }

  @Test
  void naiveTimestampsUseTheConfiguredZone() {
    NormalizationConfig berlin =
        NormalizationConfig.load(new StringReader("naive_timestamp_zone: Europe/Berlin\n"));
    Timestamps ts = new Timestamps(berlin, CLOCK);
    assertThat(ts.parse("2024-07-01 12:00:00").value())
        .isEqualTo(Instant.parse("2024-07-01T10:00:00Z"));
    assertThat(ts.parse("2024-07-01T12:00:00Z").value())
        .isEqualTo(Instant.parse("2024-07-01T12:00:00Z"));
  }

  @ParameterizedTest
  @CsvSource({
    "yesterday, UNPARSEABLE_TIMESTAMP",
    "2024-13-01T00:00:00Z, UNPARSEABLE_TIMESTAMP",
    "2024-02-30T00:00:00Z, UNPARSEABLE_TIMESTAMP",
    "2024-02-30T00:00:00+0100, UNPARSEABLE_TIMESTAMP",
    "123456, UNPARSEABLE_TIMESTAMP",
    "1989-12-31T23:59:59Z, TIMESTAMP_OUT_OF_RANGE",
    "2026-01-02T00:00:01Z, TIMESTAMP_OUT_OF_RANGE"
  })
  void badTimestampsAreRejectedWithAReason(String raw, ReasonCode reason) {
    assertThat(utc.parse(raw).reason()).isEqualTo(reason);
  }

  @Test
  void theFutureMovesWithTheClock() {
    Instant[] now = {Instant.parse("2026-01-01T00:00:00Z")};
    Clock moving =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now[0];
          }
        };
    Timestamps ts = new Timestamps(NormalizationConfig.defaults(), moving);
    assertThat(ts.parse("2026-01-01T12:00:00Z").isOk()).isTrue();
    assertThat(ts.parse("2026-01-03T00:00:00Z").reason())
        .isEqualTo(ReasonCode.TIMESTAMP_OUT_OF_RANGE);
    now[0] = Instant.parse("2026-01-02T00:00:00Z");
    assertThat(ts.parse("2026-01-03T00:00:00Z").isOk()).isTrue();
    assertThat(ts.parse("2026-01-03T00:00:01Z").reason())
        .isEqualTo(ReasonCode.TIMESTAMP_OUT_OF_RANGE);
  }

  @Test
  void theFutureIsMeasuredFromTheInjectedClock() {
    assertThat(utc.parse("2026-01-01T23:59:59Z").isOk()).isTrue();
    assertThat(utc.epochSeconds(Instant.parse("2026-01-03T00:00:00Z").getEpochSecond()).reason())
        .isEqualTo(ReasonCode.TIMESTAMP_OUT_OF_RANGE);
  }
}
