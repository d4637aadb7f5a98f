// Weakly connected components of a native projection over its linkable SAME_AS only (link 1; link
// 0 is evidence that may not link, e.g. consent denied): exact, no hop limit. Returns each
// identifier with its GDS node id, for joins applied after WCC.
CALL gds.wcc.stream($graph, {relationshipWeightProperty: 'link', threshold: 0.5})
YIELD nodeId, componentId
WITH nodeId, componentId, gds.util.asNode(nodeId) AS i
RETURN nodeId, i.type AS type, i.value AS value, i.entity_id AS entity_id,
       i.first_seen_at AS first_seen_at, componentId;
