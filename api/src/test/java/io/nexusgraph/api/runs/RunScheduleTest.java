package io.nexusgraph.api.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexusgraph.api.runs.RunSchedule.Schedule;
import io.nexusgraph.ingest.ConfigException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RunScheduleTest {

  private static final Clock AT_0030_UTC =
      Clock.fixed(Instant.parse("2026-11-24T00:30:00Z"), ZoneOffset.UTC);

  @Test
  void aCrontabLineFiresAtItsTimeInItsZone() {
    Schedule berlin = Schedule.parse("0 2 * * *", "Europe/Berlin");
    Schedule utc = Schedule.parse(" 0 2 * * * ", "UTC");

    assertThat(berlin.nextAfter(AT_0030_UTC).toInstant())
        .isEqualTo(Instant.parse("2026-11-24T01:00:00Z"));
    assertThat(utc.nextAfter(AT_0030_UTC).toInstant())
        .isEqualTo(Instant.parse("2026-11-24T02:00:00Z"));
  }

  @Test
  void sixFieldsStartWithSeconds() {
    Schedule weekdays = Schedule.parse("30 15 3 * * MON-FRI", "UTC");

    // 2026-11-24 is a Tuesday
    assertThat(weekdays.nextAfter(AT_0030_UTC).toInstant())
        .isEqualTo(Instant.parse("2026-11-24T03:15:30Z"));
  }

  @Test
  void aBlankScheduleIsNoneAndABlankZoneIsTheMachines() {
    assertThat(Schedule.parse("", "UTC")).isNull();
    assertThat(Schedule.parse(null, null)).isNull();
    assertThat(Schedule.parse("0 2 * * *", " ").zone()).isEqualTo(ZoneId.systemDefault());
  }

  @Test
  void badSettingsAreConfigErrorsNamingTheVariable() {
    assertThatThrownBy(() -> Schedule.parse("every night", "UTC"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "nexus.run.schedule (NEXUS_RUN_SCHEDULE): 'every night' is not a cron expression"
                + " (Invalid cron expression [every night], expected 5 or 6 fields, got 2); e.g."
                + " '0 2 * * *' for 02:00 every day");
    assertThatThrownBy(() -> Schedule.parse("0 2 * * *", "Mars/Olympus"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "nexus.run.schedule-zone (NEXUS_RUN_SCHEDULE_ZONE): 'Mars/Olympus' is not a time zone"
                + " (e.g. UTC, Europe/Berlin)");
  }
}
