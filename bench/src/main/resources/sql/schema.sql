-- The SQL approach's scratch tables, in a schema of their own on the same PostgreSQL. UNLOGGED:
-- a warehouse job does not pay for crash safety of intermediate tables either.
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
CREATE UNLOGGED TABLE bench.observation (
  kind     text    NOT NULL,
  type     text    NOT NULL,
  value    text    NOT NULL,
  edge_id  text    NOT NULL,
  linkable boolean NOT NULL
);
