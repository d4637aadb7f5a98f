-- What the run pipeline needs beyond the contract tables.

-- Load order of the event log. A run loads the events with ingest_seq above the watermark of the
-- last succeeded run (runs.watermark holds that number), so events posted through the API or left
-- behind by a failed run are loaded by the next run. Writers of events hold a shared advisory lock
-- and the run reads the high-water mark under the exclusive one, so no smaller number can commit
-- after the run has read it.
ALTER TABLE events ADD COLUMN ingest_seq bigint GENERATED ALWAYS AS IDENTITY;
CREATE UNIQUE INDEX events_ingest_seq_idx ON events (ingest_seq);

-- Where each configured source stopped reading: the ingest checkpoint (JSON), committed with the
-- events it produced.
CREATE TABLE source_checkpoints (
    source     text PRIMARY KEY,
    checkpoint text NOT NULL,
    run_id     text NOT NULL REFERENCES runs (run_id),
    updated_at timestamptz NOT NULL
);

-- A split into three or more parts records two rows with the same old_id in one run, so the key
-- includes new_id (contract change, listed in docs/operations.md).
ALTER TABLE entity_id_history DROP CONSTRAINT entity_id_history_pkey;
ALTER TABLE entity_id_history ADD PRIMARY KEY (entity_kind, old_id, new_id, run_id);
CREATE INDEX entity_id_history_old_idx ON entity_id_history (entity_kind, old_id);
