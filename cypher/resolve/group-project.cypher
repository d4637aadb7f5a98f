// Projects the group evidence graph for WCC: every GroupIdentifier that is not excluded, linked
// by the SAME_AS edges whose evidence may link (consent not denied) between such identifiers.
// A record whose star hub is excluded still says its other identifiers are one group: they are
// linked through their first spoke. Force-together overrides ($together) add links of their own.
// Undirected: evidence has no direction.
// $together: [{a_type, a_value, b_type, b_value}]
// $all: true to project every identifier, false for only those in this run's scope ($scope: their
// element ids).
CALL () {
  MATCH (s:GroupIdentifier)
  WHERE ($all OR elementId(s) IN $scope) AND (s.excluded IS NULL OR s.excluded = false)
  OPTIONAL MATCH (s)-[r:SAME_AS]->(t:GroupIdentifier)
  WHERE r.linkable = true AND (t.excluded IS NULL OR t.excluded = false)
  RETURN s, t
  UNION ALL
  MATCH (:GroupIdentifier {excluded: true})-[r:SAME_AS]->(t:GroupIdentifier)
  WHERE ($all OR elementId(t) IN $scope) AND r.linkable = true
    AND (t.excluded IS NULL OR t.excluded = false)
  WITH r.edge_id AS edge, collect(t) AS spokes
  WHERE size(spokes) > 1
  UNWIND tail(spokes) AS t
  RETURN head(spokes) AS s, t
  UNION ALL
  UNWIND $together AS pair
  MATCH (s:GroupIdentifier {type: pair.a_type, value: pair.a_value})
  MATCH (t:GroupIdentifier {type: pair.b_type, value: pair.b_value})
  WHERE ($all OR elementId(s) IN $scope) AND (s.excluded IS NULL OR s.excluded = false)
    AND (t.excluded IS NULL OR t.excluded = false)
  RETURN s, t
}
WITH gds.graph.project($graph, s, t, {}, {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodes, g.relationshipCount AS relationships;
