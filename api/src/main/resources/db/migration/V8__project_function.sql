-- nexus_project(run, now): final tables := what the stage_* tables say. Returns the number of rows
-- inserted, updated or deleted. Runs in the caller's transaction. Ids of link rows come from the
-- graph (hashes of what they link), so the same link keeps its id from run to run.
CREATE FUNCTION nexus_project(p_run_id text, p_now timestamptz) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    changed bigint := 0;
    n bigint;
BEGIN
    ANALYZE stage_identifiers, stage_traits, stage_memberships, stage_participants;

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
    DELETE FROM resolved_person_identifiers t WHERE NOT EXISTS (
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
    DELETE FROM resolved_group_identifiers t WHERE NOT EXISTS (
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
    DELETE FROM resolved_person_traits t WHERE NOT EXISTS (
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
    DELETE FROM resolved_group_traits t WHERE NOT EXISTS (
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
    DELETE FROM memberships t WHERE NOT EXISTS (
        SELECT 1 FROM stage_memberships s WHERE s.person_id = t.person_id AND s.group_id = t.group_id);
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;

    INSERT INTO person_participants (person_participant_id, event_id, person_id, role)
    SELECT DISTINCT participant_id, event_id, entity_id, role
    FROM stage_participants WHERE entity_kind = 'person'
    ON CONFLICT (person_participant_id) DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;
    DELETE FROM person_participants t WHERE NOT EXISTS (
        SELECT 1 FROM stage_participants s WHERE s.entity_kind = 'person' AND s.entity_id = t.person_id
          AND s.event_id = t.event_id AND s.role IS NOT DISTINCT FROM t.role);
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;

    INSERT INTO group_participants (group_participant_id, event_id, group_id, role)
    SELECT DISTINCT participant_id, event_id, entity_id, role
    FROM stage_participants WHERE entity_kind = 'group'
    ON CONFLICT (group_participant_id) DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;
    DELETE FROM group_participants t WHERE NOT EXISTS (
        SELECT 1 FROM stage_participants s WHERE s.entity_kind = 'group' AND s.entity_id = t.group_id
          AND s.event_id = t.event_id AND s.role IS NOT DISTINCT FROM t.role);
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;

    -- 5. entities no identifier points at any more (merged away, split off, erased)
    DELETE FROM persons t WHERE NOT EXISTS (
        SELECT 1 FROM stage_identifiers s WHERE s.entity_kind = 'person' AND s.entity_id = t.person_id);
    GET DIAGNOSTICS n = ROW_COUNT; changed := changed + n;
    DELETE FROM groups t WHERE NOT EXISTS (
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

    RETURN changed;
END;
$$;
