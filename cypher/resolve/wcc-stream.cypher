// Weakly connected components of a projected evidence graph: exact, no hop limit.
CALL gds.wcc.stream($graph)
YIELD nodeId, componentId
WITH gds.util.asNode(nodeId) AS i, componentId
RETURN i.type AS type, i.value AS value, i.entity_id AS entity_id,
       i.first_seen_at AS first_seen_at, componentId;
