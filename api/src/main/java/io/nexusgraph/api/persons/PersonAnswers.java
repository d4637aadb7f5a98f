package io.nexusgraph.api.persons;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.nexusgraph.api.lookup.ResolvedId;
import io.nexusgraph.api.lookup.TimelineEvent;
import io.nexusgraph.api.lookup.TimelinePage;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The JSON answers of the person endpoints (snake_case on the wire). Every answer names the current
 * {@code person_id}; {@code resolved_from} is the id asked for when it had been merged away (null
 * otherwise) and {@code merge_path} the ids from it to the survivor.
 */
final class PersonAnswers {

  private PersonAnswers() {}

  /** {@code GET /v1/persons/{id}} and the lookup by identifier. */
  @Serdeable
  record Person(
      String personId,
      @Nullable String resolvedFrom,
      List<String> mergePath,
      @Nullable String email,
      @Nullable String name,
      @Nullable String phone,
      @Nullable String title,
      @Nullable String timezone,
      Map<String, Object> traits,
      @Nullable Instant firstSeenAt,
      @Nullable Instant lastSeenAt,
      int identifierCount,
      int eventCount,
      Instant lastUpdated) {

    static Person of(PersonRow row, ResolvedId id) {
      return new Person(
          row.personId(),
          id.resolvedFrom(),
          id.mergePath(),
          row.email(),
          row.name(),
          row.phone(),
          row.title(),
          row.timezone(),
          row.traits(),
          row.firstSeenAt(),
          row.lastSeenAt(),
          row.identifierCount(),
          row.eventCount(),
          row.lastUpdated());
    }
  }

  /** A resolved identifier: normalised value, the source that first showed it, when seen. */
  @Introspected
  @Serdeable
  record Identifier(
      String type,
      String value,
      @Nullable String source,
      @Nullable Instant firstSeenAt,
      @Nullable Instant lastSeenAt) {}

  /** A resolved trait: the winning value, its source and when that source said it. */
  @Introspected
  @Serdeable
  record Trait(
      String name, @Nullable String value, @Nullable String source, @Nullable Instant occurredAt) {}

  /** A group the person belongs to, with the membership's role and times. */
  @Introspected
  @Serdeable
  record Group(
      String groupId,
      @Nullable String name,
      @Nullable String domain,
      @Nullable String role,
      @Nullable String source,
      @Nullable Instant establishedAt,
      @Nullable Instant lastSeenAt) {}

  @Serdeable
  record Identifiers(
      String personId, @Nullable String resolvedFrom, List<Identifier> identifiers) {}

  @Serdeable
  record Traits(String personId, @Nullable String resolvedFrom, List<Trait> traits) {}

  @Serdeable
  record Groups(String personId, @Nullable String resolvedFrom, List<Group> groups) {}

  @Serdeable
  record Timeline(
      String personId,
      @Nullable String resolvedFrom,
      List<TimelineEvent> events,
      @Nullable String nextCursor) {

    static Timeline of(ResolvedId id, TimelinePage page) {
      return new Timeline(id.id(), id.resolvedFrom(), page.events(), page.nextCursor());
    }
  }
}
