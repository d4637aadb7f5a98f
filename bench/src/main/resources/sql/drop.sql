-- The SQL approach's scratch tables, dropped once its results are read: left in place, PostgreSQL's
-- autovacuum would vacuum and analyse them (millions of inserted rows, a label table rewritten on
-- every hop) beside the benchmark's later stages.
DROP SCHEMA IF EXISTS bench CASCADE;
