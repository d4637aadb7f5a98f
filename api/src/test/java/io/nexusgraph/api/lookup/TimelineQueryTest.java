package io.nexusgraph.api.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexusgraph.api.problem.ProblemException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimelineQueryTest {

  @Test
  void datesAreMidnightUtcAndBlanksAreNoFilter() {
    TimelineQuery query =
        TimelineQuery.of(" ", "", "2026-01-05", "2026-01-06T12:00:00+02:00", null, 10);

    assertThat(query)
        .isEqualTo(
            new TimelineQuery(
                null,
                null,
                Instant.parse("2026-01-05T00:00:00Z"),
                Instant.parse("2026-01-06T10:00:00Z"),
                null,
                10));
  }

  @Test
  void theCursorGivesThePositionToStartAfter() {
    Instant at = Instant.parse("2026-01-05T01:02:03.000004Z");

    TimelineQuery query =
        TimelineQuery.of("email", "gmail", null, null, Cursors.timeline(at, "evt_9"), 5);

    assertThat(query.afterOccurredAt()).isEqualTo(at);
    assertThat(query.afterEventId()).isEqualTo("evt_9");
    assertThat(query.eventType()).isEqualTo("email");
  }

  @Test
  void anEmptyOrBackwardWindowIsRefused() {
    assertThatThrownBy(() -> TimelineQuery.of(null, null, "2026-01-05", "2026-01-05", null, 1))
        .isInstanceOf(ProblemException.class)
        .hasMessage("until: must be later than since");
    assertThatThrownBy(() -> TimelineQuery.of(null, null, "5 Jan", null, null, 1))
        .isInstanceOf(ProblemException.class)
        .hasMessage(
            "since: must be an ISO-8601 instant like 2026-01-31T09:30:00Z or a date like"
                + " 2026-01-31");
  }
}
