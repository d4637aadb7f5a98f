-- The labels of one entity kind: $1 kind (person or group).
SELECT n.type, n.value, l.label
FROM bench.node n
JOIN bench.label l ON l.node = n.id
WHERE n.kind = ?;
