-- The projection: each run stages what the graph concluded (COPY into the unlogged stage_* tables)
-- and nexus_project() turns the stage into the final tables, all in the run's one transaction, so
-- readers see the previous run or this one, never half of it. A row is only written when a value
-- differs (IS DISTINCT FROM), so projecting the same run twice changes no row, not even
-- _last_updated. Stage tables are private to the projection; nothing else reads them.

CREATE UNLOGGED TABLE stage_identifiers (
    entity_kind      text NOT NULL,
    identifier_type  text NOT NULL,
    identifier_value text NOT NULL,
    entity_id        text NOT NULL,
    source           text,
    first_seen_at    timestamptz,
    last_seen_at     timestamptz
);

CREATE UNLOGGED TABLE stage_traits (
    entity_kind text NOT NULL,
    entity_id   text NOT NULL,
    trait_name  text NOT NULL,
    trait_value text,
    source      text,
    occurred_at timestamptz
);

CREATE UNLOGGED TABLE stage_memberships (
    membership_id  text NOT NULL,
    person_id      text NOT NULL,
    group_id       text NOT NULL,
    role           text,
    source         text,
    established_at timestamptz,
    last_seen_at   timestamptz
);

CREATE UNLOGGED TABLE stage_participants (
    participant_id text NOT NULL,
    entity_kind text NOT NULL,
    entity_id   text NOT NULL,
    event_id    text NOT NULL,
    role        text
);

CREATE UNLOGGED TABLE stage_history (
    entity_kind    text NOT NULL,
    old_id         text NOT NULL,
    new_id         text NOT NULL,
    change         text NOT NULL,
    run_id         text NOT NULL,
    changed_at     timestamptz NOT NULL,
    cause_event_id text
);

CREATE UNLOGGED TABLE stage_exclusions (
    entity_kind      text NOT NULL,
    identifier_type  text NOT NULL,
    identifier_value text NOT NULL,
    reason           text NOT NULL,
    detail           text
);
