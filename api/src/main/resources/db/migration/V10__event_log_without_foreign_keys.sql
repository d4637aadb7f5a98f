-- The event log's observation tables no longer carry foreign keys to events.
--
-- Why: the check ran once per observation row (an index probe of events plus a row lock on the
-- event) and was 35-40 % of PostgreSQL's CPU for a posted batch (10,000 bench events with 20,000
-- identifiers and 10,000 traits: 1.40 s of backend CPU with the keys, 0.93 s without;
-- docs/benchmarks.md, "Event ingest").
--
-- Why it is safe: the only writer of these tables is the event-log writer
-- (io.nexusgraph.api.eventlog.EventLogWriter, used by POST /v1/events and by a run's ingest). It
-- writes the observations of an event only when its own INSERT ... ON CONFLICT DO NOTHING
-- RETURNING reported that event as new, in the same transaction, so every observation row has its
-- event. Nothing relied on the keys beyond that check: none had ON DELETE CASCADE, events are never
-- deleted, and erasure (DELETE /v1/persons/{id}) deletes the erased identifiers and their traits
-- from these tables explicitly. Readers (EventLogReader) reach observations through the events they
-- read, so a stray row could not be loaded either.
--
-- The final tables (person_participants, group_participants) keep their keys to events.
ALTER TABLE person_identifiers DROP CONSTRAINT person_identifiers_event_id_fkey;
ALTER TABLE person_traits DROP CONSTRAINT person_traits_event_id_fkey;
ALTER TABLE group_identifiers DROP CONSTRAINT group_identifiers_event_id_fkey;
ALTER TABLE group_traits DROP CONSTRAINT group_traits_event_id_fkey;
ALTER TABLE membership_identifiers DROP CONSTRAINT membership_identifiers_event_id_fkey;
