package io.nexusgraph.api.groups;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.nexusgraph.api.lookup.TimelineEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads of the group final tables. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface GroupRepository extends GenericRepository<GroupRow, String> {

  Optional<GroupRow> findById(String groupId);

  boolean existsById(String groupId);

  @Query(
      "SELECT new_id FROM entity_id_history WHERE entity_kind = 'group' AND old_id = :oldId"
          + " AND change = 'merge' ORDER BY changed_at DESC, run_id DESC LIMIT 1")
  Optional<String> mergedInto(String oldId);

  /** The group that has this resolved identifier, in one query. */
  @Query(
      "SELECT g.* FROM resolved_group_identifiers r JOIN groups g ON g.group_id = r.group_id"
          + " WHERE r.identifier_type = :type AND r.identifier_value = :value")
  Optional<GroupRow> findByIdentifier(String type, String value);

  /** Members by person_id, after {@code afterPersonId} when given. */
  @Query(
      "SELECT p.person_id, p.name, p.email, m.role, m.source, m.established_at, m.last_seen_at"
          + " FROM memberships m JOIN persons p ON p.person_id = m.person_id"
          + " WHERE m.group_id = :groupId"
          + " AND (CAST(:afterPersonId AS text) IS NULL OR m.person_id > :afterPersonId)"
          + " ORDER BY m.person_id LIMIT :limit")
  List<GroupAnswers.Member> members(String groupId, @Nullable String afterPersonId, int limit);

  /** Newest first, after the cursor position; optional filters are null when not asked for. */
  @Query(
      "SELECT e.event_id, e.occurred_at, e.event_name, e.event_type, e.event_description,"
          + " e.source, e.source_record_id, e.value, e.value_unit, e.significance, e.consent,"
          + " array_remove(array_agg(DISTINCT g.role ORDER BY g.role), NULL) AS roles"
          + " FROM group_participants g JOIN events e ON e.event_id = g.event_id"
          + " WHERE g.group_id = :groupId"
          + " AND (CAST(:eventType AS text) IS NULL OR e.event_type = :eventType)"
          + " AND (CAST(:source AS text) IS NULL OR e.source = :source)"
          + " AND (CAST(:since AS timestamptz) IS NULL OR e.occurred_at >= :since)"
          + " AND (CAST(:until AS timestamptz) IS NULL OR e.occurred_at < :until)"
          + " AND (CAST(:afterAt AS timestamptz) IS NULL"
          + " OR (e.occurred_at, e.event_id) < (CAST(:afterAt AS timestamptz), :afterId))"
          + " GROUP BY e.event_id ORDER BY e.occurred_at DESC, e.event_id DESC LIMIT :limit")
  List<TimelineEvent> timeline(
      String groupId,
      @Nullable String eventType,
      @Nullable String source,
      @Nullable Instant since,
      @Nullable Instant until,
      @Nullable Instant afterAt,
      @Nullable String afterId,
      int limit);
}
