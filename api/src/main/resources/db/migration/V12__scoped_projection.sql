-- The projection can be scoped to the entities a run touched (Projection, ProjectionScope):
-- stage_scope names them, the stage_* tables hold every row of those entities, and
-- nexus_project(run, now, full) writes their rows and deletes only their rows that the stage no
-- longer has. A full projection (p_full) names every entity of the final tables, which is what
-- the function of V8 did. projection_state records which run the final tables show, and under
-- which schema, so that the next run knows whether a scoped projection is enough.
-- Participation rows are written by id alone: the id is a hash of (entity, event, role), so a row
-- with the id exists exactly when the participation does (no DISTINCT, no sort of the stage).

CREATE TABLE projection_state (
    singleton      boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    run_id         text NOT NULL,
    schema_version integer NOT NULL,
    projected_at   timestamptz NOT NULL
);

-- entity: true when every row of the entity is staged (persons and groups of the scope); false for
-- persons of which only the memberships are staged (members of a changed group).
CREATE UNLOGGED TABLE stage_scope (
    entity_kind text    NOT NULL,
    entity_id   text    NOT NULL,
    entity      boolean NOT NULL
);

DROP FUNCTION nexus_project(text, timestamptz);

CREATE FUNCTION nexus_project(p_run_id text, p_now timestamptz, p_full boolean) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    changed bigint := 0;
    n bigint;
    left_groups text[];
BEGIN
    IF p_full THEN
        -- every entity the final tables have: those the stage lacks are deleted below
        INSERT INTO stage_scope (entity_kind, entity_id, entity)
        SELECT 'person', person_id, true FROM persons
        UNION ALL SELECT 'group', group_id, true FROM groups;
    END IF;
    ANALYZE stage_scope, stage_identifiers, stage_traits, stage_memberships, stage_participants;

    -- 1. entities (before the rows that reference them)
    INSERT INTO persons AS t (person_id, email, name, phone, title, timezone, traits, first_seen_at,
                              last_seen_at, identifier_count, event_count, _last_updated)
    SELECT i.entity_id,
           coalesce(tr.traits ->> 'email', best.email),
           tr.traits ->> 'name',
           coalesce(tr.traits ->> 'phone', best.phone),
           tr.traits ->> 'title',
           tr.traits ->> 'timezone',
           coalesce(tr.traits, '{}'::jsonb),
           i.first_seen_at, i.last_seen_at, i.identifier_count, coalesce(ev.event_count, 0), p_now
    FROM (SELECT entity_id, min(first_seen_at) AS first_seen_at, max(last_seen_at) AS last_seen_at,
                 count(*) AS identifier_count
          FROM stage_identifiers WHERE entity_kind = 'person' GROUP BY entity_id) i
    LEFT JOIN (SELECT entity_id, jsonb_object_agg(trait_name, trait_value) AS traits
               FROM stage_traits WHERE entity_kind = 'person' GROUP BY entity_id) tr USING (entity_id)
    LEFT JOIN (SELECT entity_id, count(DISTINCT event_id) AS event_count
               FROM stage_participants WHERE entity_kind = 'person' GROUP BY entity_id) ev USING (entity_id)
    LEFT JOIN (SELECT entity_id,
                      (array_agg(identifier_value ORDER BY last_seen_at DESC NULLS LAST, identifier_value)
                         FILTER (WHERE identifier_type = 'email'))[1] AS email,
                      (array_agg(identifier_value ORDER BY last_seen_at DESC NULLS LAST, identifier_value)
                         FILTER (WHERE identifier_type = 'phone'))[1] AS phone
               FROM stage_identifiers WHERE entity_kind = 'person' GROUP BY entity_id) best USING (entity_id)
    ON CONFLICT (person_id) DO UPDATE SET
        email = excluded.email, name = excluded.name, phone = excluded.phone, title = excluded.title,
        timezone = excluded.timezone, traits = excluded.traits, first_seen_at = excluded.first_seen_at,
        last_seen_at = excluded.last_seen_at, identifier_count = excluded.identifier_count,
        event_count = excluded.event_count, _last_updated = excluded._last_updated
    WHERE (t.email, t.name, t.phone, t.title, t.timezone, t.traits, t.first_seen_at, t.last_seen_at,
           t.identifier_count, t.event_count)
          IS DISTINCT FROM
          (excluded.email, excluded.name, excluded.phone, excluded.title, excluded.timezone,
           excluded.traits, excluded.first_seen_at, excluded.last_seen_at, excluded.identifier_count,
           excluded.event_count);
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;

    INSERT INTO groups AS t (group_id, domain, name, industry, company_size, shopify_id,
                             stripe_customer_id, traits, first_seen_at, last_seen_at, member_count,
                             _last_updated)
    SELECT i.entity_id,
           coalesce(tr.traits ->> 'domain', best.domain),
           tr.traits ->> 'name',
           tr.traits ->> 'industry',
           tr.traits ->> 'company_size',
           best.shopify_id,
           best.stripe_customer_id,
           coalesce(tr.traits, '{}'::jsonb),
           i.first_seen_at, i.last_seen_at, coalesce(m.member_count, 0), p_now
    FROM (SELECT entity_id, min(first_seen_at) AS first_seen_at, max(last_seen_at) AS last_seen_at
          FROM stage_identifiers WHERE entity_kind = 'group' GROUP BY entity_id) i
    LEFT JOIN (SELECT entity_id, jsonb_object_agg(trait_name, trait_value) AS traits
               FROM stage_traits WHERE entity_kind = 'group' GROUP BY entity_id) tr USING (entity_id)
    LEFT JOIN (SELECT group_id AS entity_id, count(DISTINCT person_id) AS member_count
               FROM stage_memberships GROUP BY group_id) m USING (entity_id)
    LEFT JOIN (SELECT entity_id,
                      (array_agg(identifier_value ORDER BY last_seen_at DESC NULLS LAST, identifier_value)
                         FILTER (WHERE identifier_type = 'domain'))[1] AS domain,
                      (array_agg(identifier_value ORDER BY last_seen_at DESC NULLS LAST, identifier_value)
                         FILTER (WHERE identifier_type = 'shopify_shop_id'))[1] AS shopify_id,
                      (array_agg(identifier_value ORDER BY last_seen_at DESC NULLS LAST, identifier_value)
                         FILTER (WHERE identifier_type = 'stripe_customer_id'))[1] AS stripe_customer_id
               FROM stage_identifiers WHERE entity_kind = 'group' GROUP BY entity_id) best USING (entity_id)
    ON CONFLICT (group_id) DO UPDATE SET
        domain = excluded.domain, name = excluded.name, industry = excluded.industry,
        company_size = excluded.company_size, shopify_id = excluded.shopify_id,
        stripe_customer_id = excluded.stripe_customer_id, traits = excluded.traits,
        first_seen_at = excluded.first_seen_at, last_seen_at = excluded.last_seen_at,
        member_count = excluded.member_count, _last_updated = excluded._last_updated
    WHERE (t.domain, t.name, t.industry, t.company_size, t.shopify_id, t.stripe_customer_id, t.traits,
           t.first_seen_at, t.last_seen_at, t.member_count)
          IS DISTINCT FROM
          (excluded.domain, excluded.name, excluded.industry, excluded.company_size, excluded.shopify_id,
           excluded.stripe_customer_id, excluded.traits, excluded.first_seen_at, excluded.last_seen_at,
           excluded.member_count);
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;

    -- 2. resolved identifiers
    INSERT INTO resolved_person_identifiers AS t
    SELECT identifier_type, identifier_value, entity_id, source, first_seen_at, last_seen_at
    FROM stage_identifiers WHERE entity_kind = 'person'
    ON CONFLICT (identifier_type, identifier_value) DO UPDATE SET
        person_id = excluded.person_id, source = excluded.source,
        first_seen_at = excluded.first_seen_at, last_seen_at = excluded.last_seen_at
    WHERE (t.person_id, t.source, t.first_seen_at, t.last_seen_at)
          IS DISTINCT FROM (excluded.person_id, excluded.source, excluded.first_seen_at, excluded.last_seen_at);
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;
    DELETE FROM resolved_person_identifiers t USING stage_scope sc
    WHERE sc.entity_kind = 'person' AND sc.entity AND sc.entity_id = t.person_id AND NOT EXISTS (
        SELECT 1 FROM stage_identifiers s WHERE s.entity_kind = 'person'
          AND s.identifier_type = t.identifier_type AND s.identifier_value = t.identifier_value);
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;

    INSERT INTO resolved_group_identifiers AS t
    SELECT identifier_type, identifier_value, entity_id, source, first_seen_at, last_seen_at
    FROM stage_identifiers WHERE entity_kind = 'group'
    ON CONFLICT (identifier_type, identifier_value) DO UPDATE SET
        group_id = excluded.group_id, source = excluded.source,
        first_seen_at = excluded.first_seen_at, last_seen_at = excluded.last_seen_at
    WHERE (t.group_id, t.source, t.first_seen_at, t.last_seen_at)
          IS DISTINCT FROM (excluded.group_id, excluded.source, excluded.first_seen_at, excluded.last_seen_at);
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;
    DELETE FROM resolved_group_identifiers t USING stage_scope sc
    WHERE sc.entity_kind = 'group' AND sc.entity AND sc.entity_id = t.group_id AND NOT EXISTS (
        SELECT 1 FROM stage_identifiers s WHERE s.entity_kind = 'group'
          AND s.identifier_type = t.identifier_type AND s.identifier_value = t.identifier_value);
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;

    -- 3. resolved traits
    INSERT INTO resolved_person_traits AS t
    SELECT entity_id, trait_name, trait_value, source, occurred_at FROM stage_traits WHERE entity_kind = 'person'
    ON CONFLICT (person_id, trait_name) DO UPDATE SET
        trait_value = excluded.trait_value, source = excluded.source, occurred_at = excluded.occurred_at
    WHERE (t.trait_value, t.source, t.occurred_at)
          IS DISTINCT FROM (excluded.trait_value, excluded.source, excluded.occurred_at);
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;
    DELETE FROM resolved_person_traits t USING stage_scope sc
    WHERE sc.entity_kind = 'person' AND sc.entity AND sc.entity_id = t.person_id AND NOT EXISTS (
        SELECT 1 FROM stage_traits s WHERE s.entity_kind = 'person'
          AND s.entity_id = t.person_id AND s.trait_name = t.trait_name);
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;

    INSERT INTO resolved_group_traits AS t
    SELECT entity_id, trait_name, trait_value, source, occurred_at FROM stage_traits WHERE entity_kind = 'group'
    ON CONFLICT (group_id, trait_name) DO UPDATE SET
        trait_value = excluded.trait_value, source = excluded.source, occurred_at = excluded.occurred_at
    WHERE (t.trait_value, t.source, t.occurred_at)
          IS DISTINCT FROM (excluded.trait_value, excluded.source, excluded.occurred_at);
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;
    DELETE FROM resolved_group_traits t USING stage_scope sc
    WHERE sc.entity_kind = 'group' AND sc.entity AND sc.entity_id = t.group_id AND NOT EXISTS (
        SELECT 1 FROM stage_traits s WHERE s.entity_kind = 'group'
          AND s.entity_id = t.group_id AND s.trait_name = t.trait_name);
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;

    -- 4. memberships and participation
    INSERT INTO memberships AS t (membership_id, person_id, group_id, role, source, established_at,
                                  last_seen_at, _last_updated)
    SELECT membership_id, person_id, group_id, role, source,
           established_at, last_seen_at, p_now
    FROM stage_memberships
    ON CONFLICT (person_id, group_id) DO UPDATE SET
        role = excluded.role, source = excluded.source, established_at = excluded.established_at,
        last_seen_at = excluded.last_seen_at, _last_updated = excluded._last_updated
    WHERE (t.role, t.source, t.established_at, t.last_seen_at)
          IS DISTINCT FROM (excluded.role, excluded.source, excluded.established_at, excluded.last_seen_at);
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;
    WITH gone AS (
        DELETE FROM memberships t USING stage_scope sc
        WHERE sc.entity_kind = 'person' AND sc.entity_id = t.person_id AND NOT EXISTS (
            SELECT 1 FROM stage_memberships s WHERE s.person_id = t.person_id AND s.group_id = t.group_id)
        RETURNING t.group_id)
    SELECT count(*), array_agg(DISTINCT group_id) INTO n, left_groups FROM gone;
    changed := changed + n;

    -- a group outside the scope whose members changed: only its member_count moves
    UPDATE groups t SET member_count = c.member_count, _last_updated = p_now
    FROM (SELECT g.group_id,
                 (SELECT count(DISTINCT m.person_id) FROM memberships m WHERE m.group_id = g.group_id)
                     AS member_count
          FROM (SELECT group_id FROM stage_memberships
                UNION SELECT unnest(left_groups)) g
          WHERE NOT EXISTS (SELECT 1 FROM stage_scope sc
                            WHERE sc.entity_kind = 'group' AND sc.entity_id = g.group_id)) c
    WHERE t.group_id = c.group_id AND t.member_count IS DISTINCT FROM c.member_count;
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;

    INSERT INTO person_participants (person_participant_id, event_id, person_id, role)
    SELECT s.participant_id, s.event_id, s.entity_id, s.role
    FROM stage_participants s
    WHERE s.entity_kind = 'person'
      AND NOT EXISTS (SELECT 1 FROM person_participants t WHERE t.person_participant_id = s.participant_id)
    ON CONFLICT (person_participant_id) DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;
    DELETE FROM person_participants t USING stage_scope sc
    WHERE sc.entity_kind = 'person' AND sc.entity AND sc.entity_id = t.person_id AND NOT EXISTS (
        SELECT 1 FROM stage_participants s WHERE s.participant_id = t.person_participant_id);
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;

    INSERT INTO group_participants (group_participant_id, event_id, group_id, role)
    SELECT s.participant_id, s.event_id, s.entity_id, s.role
    FROM stage_participants s
    WHERE s.entity_kind = 'group'
      AND NOT EXISTS (SELECT 1 FROM group_participants t WHERE t.group_participant_id = s.participant_id)
    ON CONFLICT (group_participant_id) DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;
    DELETE FROM group_participants t USING stage_scope sc
    WHERE sc.entity_kind = 'group' AND sc.entity AND sc.entity_id = t.group_id AND NOT EXISTS (
        SELECT 1 FROM stage_participants s WHERE s.participant_id = t.group_participant_id);
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;

    -- 5. entities no identifier points at any more (merged away, split off, erased)
    DELETE FROM persons t USING stage_scope sc
    WHERE sc.entity_kind = 'person' AND sc.entity AND sc.entity_id = t.person_id AND NOT EXISTS (
        SELECT 1 FROM stage_identifiers s WHERE s.entity_kind = 'person' AND s.entity_id = t.person_id);
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;
    DELETE FROM groups t USING stage_scope sc
    WHERE sc.entity_kind = 'group' AND sc.entity AND sc.entity_id = t.group_id AND NOT EXISTS (
        SELECT 1 FROM stage_identifiers s WHERE s.entity_kind = 'group' AND s.entity_id = t.group_id);
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;

    -- 6. id history (append-only) and exclusions (the run that first excluded a value keeps it)
    INSERT INTO entity_id_history (entity_kind, old_id, new_id, change, run_id, changed_at, cause_event_id)
    SELECT s.entity_kind, s.old_id, s.new_id, s.change, s.run_id, s.changed_at, s.cause_event_id
    FROM stage_history s WHERE EXISTS (SELECT 1 FROM runs r WHERE r.run_id = s.run_id)
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;

    INSERT INTO identifier_exclusions AS t (entity_kind, identifier_type, identifier_value, reason, detail, run_id)
    SELECT entity_kind, identifier_type, identifier_value, reason, detail, p_run_id FROM stage_exclusions
    ON CONFLICT (entity_kind, identifier_type, identifier_value) DO UPDATE SET
        reason = excluded.reason, detail = excluded.detail, run_id = excluded.run_id
    WHERE (t.reason, t.detail) IS DISTINCT FROM (excluded.reason, excluded.detail);
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;
    DELETE FROM identifier_exclusions t WHERE NOT EXISTS (
        SELECT 1 FROM stage_exclusions s WHERE s.entity_kind = t.entity_kind
          AND s.identifier_type = t.identifier_type AND s.identifier_value = t.identifier_value);
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;

    INSERT INTO projection_state (run_id, schema_version, projected_at)
    SELECT p_run_id, max(installed_rank), p_now FROM flyway_schema_history WHERE success
    ON CONFLICT (singleton) DO UPDATE SET
        run_id = excluded.run_id, schema_version = excluded.schema_version,
        projected_at = excluded.projected_at;

    RETURN changed;
END;
$$;

-- Whether the final tables show the run before p_run_id, under the current schema: only then is a
-- projection scoped to the entities p_run_id touched enough. After a failed or interrupted run,
-- on a new database, or after a migration, the answer is false and the projection is full.
CREATE FUNCTION nexus_projection_is_current(p_run_id text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT coalesce((
        SELECT s.run_id = (SELECT r.run_id FROM runs r WHERE r.run_id <> p_run_id
                           ORDER BY r.started_at DESC, r.run_id DESC LIMIT 1)
           AND s.schema_version = (SELECT max(installed_rank) FROM flyway_schema_history WHERE success)
        FROM projection_state s), false);
$$;

-- Entities outside a scoped stage that hold a staged identifier in the final tables: the graph
-- moved it to an entity of the scope, so their rows change too and must be staged as well.
CREATE FUNCTION nexus_projection_strays() RETURNS TABLE (entity_kind text, entity_id text)
LANGUAGE sql STABLE AS $$
    SELECT 'person', t.person_id
    FROM stage_identifiers s
    JOIN resolved_person_identifiers t
      ON t.identifier_type = s.identifier_type AND t.identifier_value = s.identifier_value
    WHERE s.entity_kind = 'person' AND t.person_id <> s.entity_id
      AND NOT EXISTS (SELECT 1 FROM stage_scope sc
                      WHERE sc.entity_kind = 'person' AND sc.entity AND sc.entity_id = t.person_id)
    UNION
    SELECT 'group', t.group_id
    FROM stage_identifiers s
    JOIN resolved_group_identifiers t
      ON t.identifier_type = s.identifier_type AND t.identifier_value = s.identifier_value
    WHERE s.entity_kind = 'group' AND t.group_id <> s.entity_id
      AND NOT EXISTS (SELECT 1 FROM stage_scope sc
                      WHERE sc.entity_kind = 'group' AND sc.entity AND sc.entity_id = t.group_id)
    ORDER BY 1, 2;
$$;
