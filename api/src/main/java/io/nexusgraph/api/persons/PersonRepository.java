package io.nexusgraph.api.persons;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.nexusgraph.api.lookup.TimelineEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads of the person final tables. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PersonRepository extends GenericRepository<PersonRow, String> {

  Optional<PersonRow> findById(String personId);

  boolean existsById(String personId);

  @Query(
      "SELECT new_id FROM entity_id_history WHERE entity_kind = 'person' AND old_id = :oldId"
          + " AND change = 'merge' ORDER BY changed_at DESC, run_id DESC LIMIT 1")
  Optional<String> mergedInto(String oldId);

  /** The person who has this resolved identifier, in one query. */
  @Query(
      "SELECT p.* FROM resolved_person_identifiers r JOIN persons p ON p.person_id = r.person_id"
          + " WHERE r.identifier_type = :type AND r.identifier_value = :value")
  Optional<PersonRow> findByIdentifier(String type, String value);

  @Query(
      "SELECT identifier_type AS type, identifier_value AS value, source, first_seen_at,"
          + " last_seen_at FROM resolved_person_identifiers WHERE person_id = :personId"
          + " ORDER BY identifier_type, identifier_value")
  List<PersonAnswers.Identifier> identifiers(String personId);

  @Query(
      "SELECT trait_name AS name, trait_value AS value, source, occurred_at"
          + " FROM resolved_person_traits WHERE person_id = :personId ORDER BY trait_name")
  List<PersonAnswers.Trait> traits(String personId);

  @Query(
      "SELECT g.group_id, g.name, g.domain, m.role, m.source, m.established_at, m.last_seen_at"
          + " FROM memberships m JOIN groups g ON g.group_id = m.group_id"
          + " WHERE m.person_id = :personId ORDER BY g.group_id")
  List<PersonAnswers.Group> groups(String personId);

  /** Newest first, after the cursor position; optional filters are null when not asked for. */
  @Query(
      "SELECT e.event_id, e.occurred_at, e.event_name, e.event_type, e.event_description,"
          + " e.source, e.source_record_id, e.value, e.value_unit, e.significance, e.consent,"
          + " array_remove(array_agg(DISTINCT p.role ORDER BY p.role), NULL) AS roles"
          + " FROM person_participants p JOIN events e ON e.event_id = p.event_id"
          + " WHERE p.person_id = :personId"
          + " AND (CAST(:eventType AS text) IS NULL OR e.event_type = :eventType)"
          + " AND (CAST(:source AS text) IS NULL OR e.source = :source)"
          + " AND (CAST(:since AS timestamptz) IS NULL OR e.occurred_at >= :since)"
          + " AND (CAST(:until AS timestamptz) IS NULL OR e.occurred_at < :until)"
          + " AND (CAST(:afterAt AS timestamptz) IS NULL"
          + " OR (e.occurred_at, e.event_id) < (CAST(:afterAt AS timestamptz), :afterId))"
          + " GROUP BY e.event_id ORDER BY e.occurred_at DESC, e.event_id DESC LIMIT :limit")
  List<TimelineEvent> timeline(
      String personId,
      @Nullable String eventType,
      @Nullable String source,
      @Nullable Instant since,
      @Nullable Instant until,
      @Nullable Instant afterAt,
      @Nullable String afterId,
      int limit);
}
