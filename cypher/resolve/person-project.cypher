// Projects the person evidence graph for WCC: every PersonIdentifier, linked by SAME_AS edges whose
// evidence may link (consent not denied). Undirected: evidence has no direction.
MATCH (s:PersonIdentifier)
WHERE s.excluded IS NULL OR s.excluded = false
OPTIONAL MATCH (s)-[r:SAME_AS]->(t:PersonIdentifier)
WHERE r.linkable = true AND (t.excluded IS NULL OR t.excluded = false)
WITH gds.graph.project($graph, s, t, {}, {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodes, g.relationshipCount AS relationships;
