package io.nexusgraph.api.lookup;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * One page of a timeline, newest first.
 *
 * @param nextCursor pass as {@code cursor} for the next page; null on the last page
 */
public record TimelinePage(List<TimelineEvent> events, @Nullable String nextCursor) {

  public TimelinePage {
    events = List.copyOf(events);
  }

  /** The page from rows fetched with {@code limit + 1}: the extra row only says more exist. */
  public static TimelinePage of(List<TimelineEvent> fetched, int limit) {
    if (fetched.size() <= limit) {
      return new TimelinePage(fetched, null);
    }
    List<TimelineEvent> page = fetched.subList(0, limit);
    TimelineEvent last = page.getLast();
    return new TimelinePage(page, Cursors.timeline(last.occurredAt(), last.eventId()));
  }
}
