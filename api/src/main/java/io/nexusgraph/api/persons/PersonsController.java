package io.nexusgraph.api.persons;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.nexusgraph.api.lookup.LookupThreads;
import io.nexusgraph.api.lookup.TimelineQuery;
import io.nexusgraph.api.openapi.ProblemAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Everything the final tables know about a person. Needs the read scope. */
@Controller("/v1/persons")
@Secured("read")
@ExecuteOn(LookupThreads.EXECUTOR)
@ProblemAnswers
@Tag(
    name = "Persons",
    description = "Resolved people, their identifiers, traits, groups and events.")
class PersonsController {

  private final PersonReads reads;

  PersonsController(PersonReads reads) {
    this.reads = reads;
  }

  @Get("/{id}")
  @Operation(
      operationId = "getPerson",
      summary = "A person by id.",
      description =
          "An id merged away in an earlier run answers with the surviving person: resolved_from"
              + " is the id asked for and merge_path the ids from it to the survivor.")
  PersonAnswers.Person get(@PathVariable String id) {
    return reads.person(id);
  }

  @Get
  @Operation(
      operationId = "findPerson",
      summary = "The person who has an identifier.",
      description =
          "identifier is type:value; the value is normalised as ingest does (email case, phone"
              + " to E.164, domain to the registrable domain). Encode + in phone numbers as %2B.")
  PersonAnswers.Person lookup(
      @Parameter(example = "email:jane@acme.com") @Nullable @QueryValue String identifier) {
    return reads.byIdentifier(identifier);
  }

  @Get("/{id}/identifiers")
  @Operation(
      operationId = "personIdentifiers",
      summary = "The person's resolved identifiers, by type then value.")
  PersonAnswers.Identifiers identifiers(@PathVariable String id) {
    return reads.identifiers(id);
  }

  @Get("/{id}/traits")
  @Operation(
      operationId = "personTraits",
      summary = "The person's resolved traits with the source and time of each value.")
  PersonAnswers.Traits traits(@PathVariable String id) {
    return reads.traits(id);
  }

  @Get("/{id}/groups")
  @Operation(
      operationId = "personGroups",
      summary = "The groups (companies) the person belongs to, with role.")
  PersonAnswers.Groups groups(@PathVariable String id) {
    return reads.groups(id);
  }

  @Get("/{id}/timeline")
  @Operation(
      operationId = "personTimeline",
      summary = "The events the person took part in, newest first, with the person's roles.",
      description =
          "Pages of at most limit events; pass next_cursor as cursor for the next page (null on"
              + " the last). since is inclusive, until exclusive.")
  PersonAnswers.Timeline timeline(
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
