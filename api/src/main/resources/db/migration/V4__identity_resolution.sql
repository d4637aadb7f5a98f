-- Identity resolution: what Nexus Graph concluded from the event log.

CREATE TABLE resolved_person_identifiers (
    identifier_type  text NOT NULL,
    identifier_value text NOT NULL,
    person_id        text NOT NULL REFERENCES persons (person_id) ON DELETE CASCADE,
    source           text,
    first_seen_at    timestamptz,
    last_seen_at     timestamptz,
    PRIMARY KEY (identifier_type, identifier_value)
);

CREATE INDEX resolved_person_identifiers_person_idx ON resolved_person_identifiers (person_id);

CREATE TABLE resolved_group_identifiers (
    identifier_type  text NOT NULL,
    identifier_value text NOT NULL,
    group_id         text NOT NULL REFERENCES groups (group_id) ON DELETE CASCADE,
    source           text,
    first_seen_at    timestamptz,
    last_seen_at     timestamptz,
    PRIMARY KEY (identifier_type, identifier_value)
);

CREATE INDEX resolved_group_identifiers_group_idx ON resolved_group_identifiers (group_id);

CREATE TABLE resolved_person_traits (
    person_id   text NOT NULL REFERENCES persons (person_id) ON DELETE CASCADE,
    trait_name  text NOT NULL,
    trait_value text,
    source      text,
    occurred_at timestamptz,
    PRIMARY KEY (person_id, trait_name)
);

CREATE TABLE resolved_group_traits (
    group_id    text NOT NULL REFERENCES groups (group_id) ON DELETE CASCADE,
    trait_name  text NOT NULL,
    trait_value text,
    source      text,
    occurred_at timestamptz,
    PRIMARY KEY (group_id, trait_name)
);

-- Follow old_id -> new_id until no row remains to find the current id of a stored old id.
CREATE TABLE entity_id_history (
    entity_kind    text NOT NULL CHECK (entity_kind IN ('person', 'group')),
    old_id         text NOT NULL,
    new_id         text NOT NULL,
    change         text NOT NULL CHECK (change IN ('merge', 'split')),
    run_id         text NOT NULL REFERENCES runs (run_id),
    changed_at     timestamptz NOT NULL,
    cause_event_id text,
    PRIMARY KEY (entity_kind, old_id, run_id)
);

CREATE INDEX entity_id_history_new_idx ON entity_id_history (entity_kind, new_id);

CREATE TABLE identifier_exclusions (
    entity_kind      text NOT NULL CHECK (entity_kind IN ('person', 'group')),
    identifier_type  text NOT NULL,
    identifier_value text NOT NULL,
    reason           text NOT NULL CHECK (reason IN
                         ('blocked_value', 'shared_identifier', 'type_limit', 'override', 'consent', 'erased')),
    detail           text,
    run_id           text REFERENCES runs (run_id),
    PRIMARY KEY (entity_kind, identifier_type, identifier_value)
);
