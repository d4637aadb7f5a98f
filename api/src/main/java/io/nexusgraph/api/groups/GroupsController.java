package io.nexusgraph.api.groups;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.nexusgraph.api.lookup.TimelineQuery;
import io.nexusgraph.api.openapi.ProblemAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Everything the final tables know about a group (company). Needs the read scope. */
@Controller("/v1/groups")
@Secured("read")
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemAnswers
@Tag(name = "Groups", description = "Resolved groups (companies), their members and events.")
class GroupsController {

  private final GroupReads reads;

  GroupsController(GroupReads reads) {
    this.reads = reads;
  }

  @Get("/{id}")
  @Operation(
      operationId = "getGroup",
      summary = "A group by id.",
      description =
          "An id merged away in an earlier run answers with the surviving group, with"
              + " resolved_from and merge_path.")
  GroupAnswers.Group get(@PathVariable String id) {
    return reads.group(id);
  }

  @Get
  @Operation(
      operationId = "findGroup",
      summary = "The group that has an identifier.",
      description = "identifier is type:value, e.g. domain:acme.com (normalised as ingest does).")
  GroupAnswers.Group lookup(
      @Parameter(example = "domain:acme.com") @Nullable @QueryValue String identifier) {
    return reads.byIdentifier(identifier);
  }

  @Get("/{id}/members")
  @Operation(
      operationId = "groupMembers",
      summary = "The group's members by person_id, with role.",
      description = "Pages of at most limit members; pass next_cursor as cursor for the next.")
  GroupAnswers.Members members(
      @PathVariable String id,
      @Parameter(description = "next_cursor of the previous page") @Nullable @QueryValue
          String cursor,
      @QueryValue(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    return reads.members(id, cursor, limit);
  }

  @Get("/{id}/timeline")
  @Operation(
      operationId = "groupTimeline",
      summary = "The events the group took part in, newest first, with the group's roles.",
      description = "Same filters and pagination as a person's timeline.")
  GroupAnswers.Timeline timeline(
      @PathVariable String id,
      @Parameter(description = "only events of this event_type") @Nullable @QueryValue String type,
      @Parameter(description = "only events from this source") @Nullable @QueryValue String source,
      @Parameter(description = "ISO-8601 instant or date, inclusive") @Nullable @QueryValue
          String since,
      @Parameter(description = "ISO-8601 instant or date, exclusive") @Nullable @QueryValue
          String until,
      @Parameter(description = "next_cursor of the previous page") @Nullable @QueryValue
          String cursor,
      @QueryValue(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    return reads.timeline(id, TimelineQuery.of(type, source, since, until, cursor, limit));
  }
}
