package io.nexusgraph.api.persons;

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

/** What the person endpoints answer, from the final tables. */
@Singleton
final class PersonReads {

  static final String PREFIX = "per_";

  private final PersonRepository persons;
  private final IdentifierParameter identifiers;

  PersonReads(PersonRepository persons, IdentifierParameter identifiers) {
    this.persons = persons;
    this.identifiers = identifiers;
  }

  /** The current id for {@code id}, following merges; 400 for a non-person id, 404 if unknown. */
  ResolvedId resolve(String id) {
    return MergeChain.follow("person", checked(id), persons::existsById, persons::mergedInto);
  }

  private static String checked(String id) {
    if (!id.startsWith(PREFIX) || id.length() == PREFIX.length()) {
      throw ProblemException.invalid(
          "id",
          "must be a person id (per_…); to find a person by email, phone or another identifier"
              + " use GET /v1/persons?identifier=type:value");
    }
    return id;
  }

  PersonAnswers.Person person(String id) {
    Optional<PersonRow> current = persons.findById(checked(id));
    if (current.isPresent()) {
      return PersonAnswers.Person.of(current.get(), new ResolvedId(id, null, List.of()));
    }
    ResolvedId survivor = resolve(id);
    PersonRow row =
        persons
            .findById(survivor.id())
            .orElseThrow(() -> ProblemException.notFound("No person " + survivor.id() + "."));
    return PersonAnswers.Person.of(row, survivor);
  }

  PersonAnswers.Person byIdentifier(String identifier) {
    if (identifier == null || identifier.isBlank()) {
      throw ProblemException.invalid(
          "identifier", "is required: type:value, e.g. email:jane@acme.com");
    }
    IdentifierKey key = identifiers.parse("identifier", identifier);
    PersonRow row =
        persons
            .findByIdentifier(key.type(), key.value())
            .orElseThrow(
                () ->
                    ProblemException.notFound(
                        "No person has the " + key.type() + " " + key.value() + "."));
    return PersonAnswers.Person.of(row, new ResolvedId(row.personId(), null, List.of()));
  }

  PersonAnswers.Identifiers identifiers(String id) {
    ResolvedId person = resolve(id);
    return new PersonAnswers.Identifiers(
        person.id(), person.resolvedFrom(), persons.identifiers(person.id()));
  }

  PersonAnswers.Traits traits(String id) {
    ResolvedId person = resolve(id);
    return new PersonAnswers.Traits(
        person.id(), person.resolvedFrom(), persons.traits(person.id()));
  }

  PersonAnswers.Groups groups(String id) {
    ResolvedId person = resolve(id);
    return new PersonAnswers.Groups(
        person.id(), person.resolvedFrom(), persons.groups(person.id()));
  }

  PersonAnswers.Timeline timeline(String id, TimelineQuery query) {
    ResolvedId person = resolve(id);
    TimelinePage page =
        TimelinePage.of(
            persons.timeline(
                person.id(),
                query.eventType(),
                query.source(),
                query.since(),
                query.until(),
                query.afterOccurredAt(),
                query.afterEventId(),
                query.limit() + 1),
            query.limit());
    return PersonAnswers.Timeline.of(person, page);
  }
}
