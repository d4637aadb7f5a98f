package io.nexusgraph.api.lookup;

import io.micronaut.core.annotation.Nullable;
import io.nexusgraph.api.problem.ProblemException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The filters and page of a timeline request, checked: {@code since} inclusive, {@code until}
 * exclusive (ISO-8601 instants, or dates meaning midnight UTC), the position after which the page
 * starts, and how many events to send.
 */
public record TimelineQuery(
    @Nullable String eventType,
    @Nullable String source,
    @Nullable Instant since,
    @Nullable Instant until,
    @Nullable Cursors.TimelinePosition after,
    int limit) {

  public static TimelineQuery of(
      @Nullable String eventType,
      @Nullable String source,
      @Nullable String since,
      @Nullable String until,
      @Nullable String cursor,
      int limit) {
    Instant from = instant("since", since);
    Instant to = instant("until", until);
    if (from != null && to != null && !to.isAfter(from)) {
      throw ProblemException.invalid("until", "must be later than since");
    }
    return new TimelineQuery(
        blankToNull(eventType),
        blankToNull(source),
        from,
        to,
        cursor == null || cursor.isBlank() ? null : Cursors.timelineFrom(cursor),
        limit);
  }

  public @Nullable Instant afterOccurredAt() {
    return after == null ? null : after.occurredAt();
  }

  public @Nullable String afterEventId() {
    return after == null ? null : after.eventId();
  }

  private static Instant instant(String parameter, @Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    try {
      return value.length() == 10
          ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(value);
    } catch (DateTimeException e) {
      throw ProblemException.invalid(
          parameter,
          "must be an ISO-8601 instant like 2026-01-31T09:30:00Z or a date like 2026-01-31");
    }
  }

  private static String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
