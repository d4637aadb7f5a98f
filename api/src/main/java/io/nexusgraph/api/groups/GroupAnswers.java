package io.nexusgraph.api.groups;

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
 * The JSON answers of the group endpoints (snake_case on the wire). As for persons, {@code
 * resolved_from} and {@code merge_path} say when the id asked for had been merged away.
 */
final class GroupAnswers {

  private GroupAnswers() {}

  /** {@code GET /v1/groups/{id}} and the lookup by identifier. */
  @Serdeable
  record Group(
      String groupId,
      @Nullable String resolvedFrom,
      List<String> mergePath,
      @Nullable String domain,
      @Nullable String name,
      @Nullable String industry,
      @Nullable String companySize,
      @Nullable String shopifyId,
      @Nullable String stripeCustomerId,
      Map<String, Object> traits,
      @Nullable Instant firstSeenAt,
      @Nullable Instant lastSeenAt,
      int memberCount,
      Instant lastUpdated) {

    static Group of(GroupRow row, ResolvedId id) {
      return new Group(
          row.groupId(),
          id.resolvedFrom(),
          id.mergePath(),
          row.domain(),
          row.name(),
          row.industry(),
          row.companySize(),
          row.shopifyId(),
          row.stripeCustomerId(),
          row.traits(),
          row.firstSeenAt(),
          row.lastSeenAt(),
          row.memberCount(),
          row.lastUpdated());
    }
  }

  /** A member of the group, with the membership's role and times. */
  @Introspected
  @Serdeable
  record Member(
      String personId,
      @Nullable String name,
      @Nullable String email,
      @Nullable String role,
      @Nullable String source,
      @Nullable Instant establishedAt,
      @Nullable Instant lastSeenAt) {}

  /**
   * One page of members by person_id.
   *
   * @param nextCursor pass as {@code cursor} for the next page; null on the last page
   */
  @Serdeable
  record Members(
      String groupId,
      @Nullable String resolvedFrom,
      List<Member> members,
      @Nullable String nextCursor) {}

  @Serdeable
  record Timeline(
      String groupId,
      @Nullable String resolvedFrom,
      List<TimelineEvent> events,
      @Nullable String nextCursor) {

    static Timeline of(ResolvedId id, TimelinePage page) {
      return new Timeline(id.id(), id.resolvedFrom(), page.events(), page.nextCursor());
    }
  }
}
