package io.nexusgraph.graph.load;

import io.nexusgraph.graph.concurrent.Parallel;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.eventlog.IdentifierObservation;
import io.nexusgraph.ingest.eventlog.MembershipObservation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything one load writes, as de-duplicated rows per kind of graph element, computed in memory
 * before anything is sent: stars need every identifier of an edge, identifier nodes need the
 * earliest and latest sighting over the whole input, and traits need their edge's hub. The
 * relationship and trait rows are sent nested in their event's row ({@link #eventBundles}). States
 * are not loaded.
 *
 * <p>Public so that the bulk import ({@code load.bulk}) writes exactly these rows, keyed as the
 * {@code cypher/load/} statements' parameters document, into the importer's files.
 */
public record LoadPlan(
    List<Map<String, Object>> events,
    List<Map<String, Object>> personIdentifiers,
    List<Map<String, Object>> groupIdentifiers,
    TraitRows personTraits,
    TraitRows groupTraits,
    List<Map<String, Object>> involvesPerson,
    List<Map<String, Object>> involvesGroup,
    List<Map<String, Object>> sameAsPerson,
    List<Map<String, Object>> sameAsGroup,
    List<Map<String, Object>> memberships) {

  /**
   * The rows the given batches write. The kinds are independent of each other, so they are computed
   * in parallel, one task per kind on the machine's cores; each kind's rows are the same as when
   * computed alone.
   */
  public static LoadPlan of(List<EventLogBatch> batches) {
    try (Parallel parallel = new Parallel(Runtime.getRuntime().availableProcessors())) {
      Supplier<List<Map<String, Object>>> events = parallel.submit(() -> EventRows.of(batches));
      Supplier<TraitRows> personTraits =
          parallel.submit(() -> TraitRows.of(batches, EntityKind.PERSON));
      Supplier<TraitRows> groupTraits =
          parallel.submit(() -> TraitRows.of(batches, EntityKind.GROUP));
      List<IdentifierObservation> persons = new ArrayList<>();
      List<IdentifierObservation> groups = new ArrayList<>();
      List<MembershipObservation> memberships = new ArrayList<>();
      IdentifierNodes personNodes = new IdentifierNodes(true);
      IdentifierNodes groupNodes = new IdentifierNodes(false);
      for (EventLogBatch batch : batches) {
        for (IdentifierObservation o : batch.identifiers()) {
          boolean person = o.entityKind() == EntityKind.PERSON;
          (person ? persons : groups).add(o);
          (person ? personNodes : groupNodes)
              .see(o.identifierType(), o.identifierValue(), o.occurredAt(), o.source());
        }
        for (MembershipObservation m : batch.memberships()) {
          memberships.add(m);
          personNodes.see(
              m.personIdentifierType(), m.personIdentifier(), m.occurredAt(), m.source());
          groupNodes.see(m.groupIdentifierType(), m.groupIdentifier(), m.occurredAt(), m.source());
        }
      }
      Supplier<List<Map<String, Object>>> personRows = parallel.submit(personNodes::rows);
      Supplier<List<Map<String, Object>>> groupRows = parallel.submit(groupNodes::rows);
      Supplier<List<Map<String, Object>>> involvesPerson =
          parallel.submit(() -> InvolvesRows.of(persons));
      Supplier<List<Map<String, Object>>> involvesGroup =
          parallel.submit(() -> InvolvesRows.of(groups));
      Supplier<List<Map<String, Object>>> sameAsPerson =
          parallel.submit(
              () -> SameAsStars.of(persons).stream().map(SameAsStars.Edge::row).toList());
      Supplier<List<Map<String, Object>>> sameAsGroup =
          parallel.submit(
              () -> SameAsStars.of(groups).stream().map(SameAsStars.Edge::row).toList());
      Supplier<List<Map<String, Object>>> membershipRows =
          parallel.submit(() -> MembershipRows.of(memberships));
      return new LoadPlan(
          events.get(),
          personRows.get(),
          groupRows.get(),
          personTraits.get(),
          groupTraits.get(),
          involvesPerson.get(),
          involvesGroup.get(),
          sameAsPerson.get(),
          sameAsGroup.get(),
          membershipRows.get());
    }
  }

  /** Rows of {@code load/event}: each event with the evidence of its record. */
  List<Map<String, Object>> eventBundles() {
    return EventBundles.of(
        events,
        Map.of(
            "involves_person", involvesPerson,
            "involves_group", involvesGroup,
            "same_as_person", sameAsPerson,
            "same_as_group", sameAsGroup,
            "person_traits", personTraits.rows(),
            "group_traits", groupTraits.rows(),
            "memberships", memberships));
  }

  /** What loading this plan writes, as {@link GraphLoader#load} reports it. */
  public LoadResult result(long elapsedMillis) {
    return new LoadResult(
        events.size(),
        personIdentifiers.size(),
        groupIdentifiers.size(),
        personTraits.rows().size() + groupTraits.rows().size(),
        personTraits.withoutHub() + groupTraits.withoutHub(),
        sameAsPerson.size() + sameAsGroup.size(),
        involvesPerson.size() + involvesGroup.size(),
        memberships.size(),
        elapsedMillis);
  }

  /** Rows over all statements (events carry their evidence): the denominator of progress. */
  long totalRows() {
    return (long) events.size() + personIdentifiers.size() + groupIdentifiers.size();
  }
}
