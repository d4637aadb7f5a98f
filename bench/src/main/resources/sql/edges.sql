-- Identifiers get integer ids (what a careful warehouse job does before propagating labels).
CREATE UNLOGGED TABLE bench.node AS
SELECT (row_number() OVER (ORDER BY kind, type, value))::bigint AS id, kind, type, value
FROM (SELECT DISTINCT kind, type, value FROM bench.observation) d;

-- An edge_id links only when none of its observations is consent-denied (the graph's rule).
CREATE UNLOGGED TABLE bench.evidence AS
SELECT o.kind, o.edge_id, n.id AS node
FROM bench.observation o
JOIN bench.node n ON n.kind = o.kind AND n.type = o.type AND n.value = o.value
JOIN (SELECT kind, edge_id FROM bench.observation
      GROUP BY kind, edge_id HAVING bool_and(linkable)) ok
  ON ok.kind = o.kind AND ok.edge_id = o.edge_id;

-- The self-join on edge_id: every pair of distinct identifiers sharing an edge, both directions.
CREATE UNLOGGED TABLE bench.edge AS
SELECT DISTINCT a.node AS src, b.node AS dst
FROM bench.evidence a
JOIN bench.evidence b ON b.kind = a.kind AND b.edge_id = a.edge_id AND b.node <> a.node;

ANALYZE bench.node;
ANALYZE bench.edge;
