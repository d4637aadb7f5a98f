-- Operations: runs, rejected input, erasure suppression and API keys.
-- The relational contract is docs/final-tables.md; column names are public.

CREATE TABLE runs (
    run_id      text PRIMARY KEY CHECK (run_id LIKE 'run\_%'),
    kind        text NOT NULL CHECK (kind IN ('incremental', 'full')),
    status      text NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
    started_at  timestamptz NOT NULL,
    finished_at timestamptz,
    watermark   text,
    stats       jsonb NOT NULL DEFAULT '{}'::jsonb,
    error       text
);

CREATE INDEX runs_started_at_idx ON runs (started_at);

CREATE TABLE ingest_rejects (
    id          text PRIMARY KEY,
    run_id      text REFERENCES runs (run_id),
    source      text NOT NULL,
    location    text NOT NULL,
    reason_code text NOT NULL,
    detail      text,
    raw_excerpt text CHECK (char_length(raw_excerpt) <= 512),
    rejected_at timestamptz NOT NULL
);

CREATE INDEX ingest_rejects_run_idx ON ingest_rejects (run_id);

-- Identifiers erased on request: only a hash is kept, so old data cannot bring them back.
CREATE TABLE suppressed_identifiers (
    entity_kind           text NOT NULL CHECK (entity_kind IN ('person', 'group')),
    identifier_type       text NOT NULL,
    identifier_value_hash text NOT NULL,
    reason                text NOT NULL,
    created_at            timestamptz NOT NULL,
    PRIMARY KEY (entity_kind, identifier_type, identifier_value_hash)
);

CREATE TABLE api_keys (
    key_id     text PRIMARY KEY,
    name       text NOT NULL,
    key_hash   text NOT NULL UNIQUE,
    scopes     text[] NOT NULL CHECK (scopes <@ ARRAY['read', 'write', 'admin']::text[]),
    created_at timestamptz NOT NULL,
    revoked_at timestamptz
);
