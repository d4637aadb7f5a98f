-- Sizes of the SQL approach's tables.
SELECT (SELECT count(*) FROM bench.observation) AS observations,
       (SELECT count(*) FROM bench.node) AS nodes,
       (SELECT count(*) FROM bench.edge) AS edges;
