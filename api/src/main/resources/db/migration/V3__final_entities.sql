-- Final entity tables: one row per resolved entity or link, written only by the projection.

CREATE TABLE persons (
    person_id        text PRIMARY KEY CHECK (person_id LIKE 'per\_%'),
    email            text,
    name             text,
    phone            text,
    title            text,
    timezone         text,
    traits           jsonb NOT NULL DEFAULT '{}'::jsonb,
    first_seen_at    timestamptz,
    last_seen_at     timestamptz,
    identifier_count integer NOT NULL DEFAULT 0,
    event_count      integer NOT NULL DEFAULT 0,
    _last_updated    timestamptz NOT NULL
);

CREATE TABLE groups (
    group_id           text PRIMARY KEY CHECK (group_id LIKE 'grp\_%'),
    domain             text,
    name               text,
    industry           text,
    company_size       text,
    shopify_id         text,
    stripe_customer_id text,
    traits             jsonb NOT NULL DEFAULT '{}'::jsonb,
    first_seen_at      timestamptz,
    last_seen_at       timestamptz,
    member_count       integer NOT NULL DEFAULT 0,
    _last_updated      timestamptz NOT NULL
);

CREATE TABLE memberships (
    membership_id  text PRIMARY KEY CHECK (membership_id LIKE 'mem\_%'),
    person_id      text NOT NULL REFERENCES persons (person_id) ON DELETE CASCADE,
    group_id       text NOT NULL REFERENCES groups (group_id) ON DELETE CASCADE,
    role           text,
    source         text,
    established_at timestamptz,
    last_seen_at   timestamptz,
    _last_updated  timestamptz NOT NULL,
    UNIQUE (person_id, group_id)
);

CREATE INDEX memberships_group_idx ON memberships (group_id);

CREATE TABLE person_participants (
    person_participant_id text PRIMARY KEY CHECK (person_participant_id LIKE 'pp\_%'),
    event_id              text NOT NULL REFERENCES events (event_id),
    person_id             text NOT NULL REFERENCES persons (person_id) ON DELETE CASCADE,
    role                  text
);

CREATE INDEX person_participants_person_idx ON person_participants (person_id);
CREATE INDEX person_participants_event_idx ON person_participants (event_id);

CREATE TABLE group_participants (
    group_participant_id text PRIMARY KEY CHECK (group_participant_id LIKE 'gp\_%'),
    event_id             text NOT NULL REFERENCES events (event_id),
    group_id             text NOT NULL REFERENCES groups (group_id) ON DELETE CASCADE,
    role                 text
);

CREATE INDEX group_participants_group_idx ON group_participants (group_id);
