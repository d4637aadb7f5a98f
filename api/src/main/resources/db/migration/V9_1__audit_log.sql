-- Operator actions that change data outside a run (erasure), and who did them (the API key id).
-- Never holds identifier values.
CREATE TABLE audit_log (
    audit_id    text PRIMARY KEY,
    action      text NOT NULL CHECK (action IN ('erase')),
    entity_kind text NOT NULL CHECK (entity_kind IN ('person', 'group')),
    entity_id   text NOT NULL,
    detail      jsonb NOT NULL DEFAULT '{}'::jsonb,
    actor       text,
    at          timestamptz NOT NULL
);

CREATE INDEX audit_log_at_idx ON audit_log (at);
