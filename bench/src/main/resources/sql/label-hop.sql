-- One hop of minimum-label propagation: each identifier takes the smallest label among itself and
-- its neighbours as they were before this statement (one synchronous hop). The update count is 0
-- once the labels have converged.
UPDATE bench.label l
SET label = m.label
FROM (SELECT e.src AS node, min(n.label) AS label
      FROM bench.edge e
      JOIN bench.label n ON n.node = e.dst
      GROUP BY e.src) m
WHERE l.node = m.node AND m.label < l.label;
