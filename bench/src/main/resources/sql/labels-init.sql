-- Every identifier starts with its own id as label.
DROP TABLE IF EXISTS bench.label;
CREATE UNLOGGED TABLE bench.label WITH (fillfactor = 50) AS
SELECT id AS node, id AS label FROM bench.node;
ALTER TABLE bench.label ADD PRIMARY KEY (node);
ANALYZE bench.label;
