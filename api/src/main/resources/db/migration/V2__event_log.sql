-- Event log: what sources said. Append-only; ids are deterministic hashes of source content.
-- edge_id groups the identifiers and traits a source says belong to ONE entity; identifiers that
-- merely appear in the same event carry different edge_ids.

CREATE TABLE events (
    event_id          text PRIMARY KEY,
    occurred_at       timestamptz NOT NULL,
    event_name        text NOT NULL,
    event_type        text NOT NULL,
    event_description text,
    source            text NOT NULL,
    source_record_id  text,
    value             numeric,
    value_unit        text,
    significance      numeric,
    consent           text NOT NULL DEFAULT 'unknown' CHECK (consent IN ('granted', 'denied', 'unknown')),
    ingested_at       timestamptz NOT NULL,
    run_id            text
);

CREATE INDEX events_occurred_at_idx ON events (occurred_at);
CREATE INDEX events_source_idx ON events (source);

CREATE TABLE person_identifiers (
    id               text PRIMARY KEY,
    event_id         text NOT NULL REFERENCES events (event_id),
    edge_id          text NOT NULL,
    identifier_type  text NOT NULL,
    identifier_value text NOT NULL,
    raw_value        text,
    role             text,
    source           text NOT NULL,
    occurred_at      timestamptz NOT NULL,
    ingested_at      timestamptz NOT NULL
);

CREATE INDEX person_identifiers_type_value_idx ON person_identifiers (identifier_type, identifier_value);
CREATE INDEX person_identifiers_event_idx ON person_identifiers (event_id);

CREATE TABLE person_traits (
    id          text PRIMARY KEY,
    event_id    text NOT NULL REFERENCES events (event_id),
    edge_id     text NOT NULL,
    trait_name  text NOT NULL,
    trait_value text,
    source      text NOT NULL,
    occurred_at timestamptz NOT NULL,
    ingested_at timestamptz NOT NULL
);

CREATE INDEX person_traits_edge_idx ON person_traits (edge_id);

CREATE TABLE group_identifiers (
    id               text PRIMARY KEY,
    event_id         text NOT NULL REFERENCES events (event_id),
    edge_id          text NOT NULL,
    identifier_type  text NOT NULL,
    identifier_value text NOT NULL,
    raw_value        text,
    role             text,
    source           text NOT NULL,
    occurred_at      timestamptz NOT NULL,
    ingested_at      timestamptz NOT NULL
);

CREATE INDEX group_identifiers_type_value_idx ON group_identifiers (identifier_type, identifier_value);
CREATE INDEX group_identifiers_event_idx ON group_identifiers (event_id);

CREATE TABLE group_traits (
    id          text PRIMARY KEY,
    event_id    text NOT NULL REFERENCES events (event_id),
    edge_id     text NOT NULL,
    trait_name  text NOT NULL,
    trait_value text,
    source      text NOT NULL,
    occurred_at timestamptz NOT NULL,
    ingested_at timestamptz NOT NULL
);

CREATE INDEX group_traits_edge_idx ON group_traits (edge_id);

CREATE TABLE membership_identifiers (
    id                     text PRIMARY KEY,
    event_id               text NOT NULL REFERENCES events (event_id),
    person_identifier_type text NOT NULL,
    person_identifier      text NOT NULL,
    group_identifier_type  text NOT NULL,
    group_identifier       text NOT NULL,
    role                   text,
    source                 text NOT NULL,
    occurred_at            timestamptz NOT NULL,
    ingested_at            timestamptz NOT NULL
);

CREATE INDEX membership_identifiers_event_idx ON membership_identifiers (event_id);
