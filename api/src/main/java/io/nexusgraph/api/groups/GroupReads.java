package io.nexusgraph.api.groups;

import io.micronaut.core.annotation.Nullable;
import io.nexusgraph.api.lookup.Cursors;
import io.nexusgraph.api.lookup.IdentifierParameter;
import io.nexusgraph.api.lookup.MergeChain;
import io.nexusgraph.api.lookup.ResolvedId;
import io.nexusgraph.api.lookup.TimelinePage;
import io.nexusgraph.api.lookup.TimelineQuery;
import io.nexusgraph.api.problem.ProblemException;
import io.nexusgraph.graph.identity.IdentifierKey;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** What the group endpoints answer, from the final tables. */
@Singleton
final class GroupReads {

  static final String PREFIX = "grp_";

  private final GroupRepository groups;
  private final IdentifierParameter identifiers;

  GroupReads(GroupRepository groups, IdentifierParameter identifiers) {
    this.groups = groups;
    this.identifiers = identifiers;
  }

  /** The current id for {@code id}, following merges; 400 for a non-group id, 404 if unknown. */
  ResolvedId resolve(String id) {
    return MergeChain.follow("group", checked(id), groups::existsById, groups::mergedInto);
  }

  private static String checked(String id) {
    if (!id.startsWith(PREFIX) || id.length() == PREFIX.length()) {
      throw ProblemException.invalid(
          "id",
          "must be a group id (grp_…); to find a group by domain or another identifier use"
              + " GET /v1/groups?identifier=type:value");
    }
    return id;
  }

  GroupAnswers.Group group(String id) {
    Optional<GroupRow> current = groups.findById(checked(id));
    if (current.isPresent()) {
      return GroupAnswers.Group.of(current.get(), new ResolvedId(id, null, List.of()));
    }
    ResolvedId survivor = resolve(id);
    GroupRow row =
        groups
            .findById(survivor.id())
            .orElseThrow(() -> ProblemException.notFound("No group " + survivor.id() + "."));
    return GroupAnswers.Group.of(row, survivor);
  }

  GroupAnswers.Group byIdentifier(@Nullable String identifier) {
    if (identifier == null || identifier.isBlank()) {
      throw ProblemException.invalid("identifier", "is required: type:value, e.g. domain:acme.com");
    }
    IdentifierKey key = identifiers.parse("identifier", identifier);
    GroupRow row =
        groups
            .findByIdentifier(key.type(), key.value())
            .orElseThrow(
                () ->
                    ProblemException.notFound(
                        "No group has the " + key.type() + " " + key.value() + "."));
    return GroupAnswers.Group.of(row, new ResolvedId(row.groupId(), null, List.of()));
  }

  GroupAnswers.Members members(String id, @Nullable String cursor, int limit) {
    ResolvedId group = resolve(id);
    String after = cursor == null || cursor.isBlank() ? null : Cursors.keyFrom(cursor);
    List<GroupAnswers.Member> fetched = groups.members(group.id(), after, limit + 1);
    String next = null;
    if (fetched.size() > limit) {
      fetched = fetched.subList(0, limit);
      next = Cursors.key(fetched.getLast().personId());
    }
    return new GroupAnswers.Members(group.id(), group.resolvedFrom(), fetched, next);
  }

  GroupAnswers.Timeline timeline(String id, TimelineQuery query) {
    ResolvedId group = resolve(id);
    TimelinePage page =
        TimelinePage.of(
            groups.timeline(
                group.id(),
                query.eventType(),
                query.source(),
                query.since(),
                query.until(),
                query.afterOccurredAt(),
                query.afterEventId(),
                query.limit() + 1),
            query.limit());
    return GroupAnswers.Timeline.of(group, page);
  }
}
