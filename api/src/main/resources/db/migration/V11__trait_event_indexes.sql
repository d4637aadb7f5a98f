-- Indexes on the traits' event_id, which the other observation tables already had.
--
-- Why: a run's load reads the event log a chunk of events at a time (EventLogReader), and each
-- chunk's observations by event_id = ANY(<the chunk's 5,000 event ids>). Without an index the two
-- traits tables were scanned whole for every chunk, each row compared with the whole array: at the
-- large bench scale (383k person traits, 123k group traits) about 20 s per chunk and growing with the
-- log, so `nexus run` loaded about 400 events/s and needed most of an hour for a million events.
CREATE INDEX person_traits_event_idx ON person_traits (event_id);
CREATE INDEX group_traits_event_idx ON group_traits (event_id);
