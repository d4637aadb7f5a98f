// Shared identifiers: those that share identity evidence (an edge_id, i.e. one source record's
// entity) with more distinct identifiers of another type than a limit allows, e.g. a support inbox
// seen with many user ids. Evidence is stored as stars (hub -> spokes per edge_id), so the
// identifiers of an edge are its hub and the hub's spokes, whichever of them i is. Identifiers
// excluded for a stronger reason ($stronger: erased, blocked, consent) neither count nor are
// counted. Read-only.
// One pass: each identifier of a limited type gathers its star-mates once (the star's spokes by the
// edge_id index, not by expanding every SAME_AS of its hub) and counts them per type; the limits
// are applied to those counts.
// Used for scoped runs only ($scope: the element ids of the run's seed, each found by its id, not
// by testing every identifier against the list); a run over the whole graph counts in Java from one
// read of the edges (SharedLinkCounts).
UNWIND $scope AS id
MATCH (i:GroupIdentifier)
WHERE elementId(i) = id AND i.type IN [limit IN $limits | limit.type]
  AND (i.excluded_reason IS NULL OR NOT i.excluded_reason IN $stronger)
CALL (i) {
  MATCH (i)-[r:SAME_AS]-()
  WHERE r.linkable = true
  WITH DISTINCT startNode(r) AS hub, r.edge_id AS edge
  MATCH (hub)-[s:SAME_AS {edge_id: edge}]->(spoke)
  USING INDEX s:SAME_AS(edge_id)
  WITH collect(DISTINCT hub) + collect(DISTINCT spoke) AS members
  UNWIND members AS j
  WITH DISTINCT j
  WHERE j <> i AND (j.excluded_reason IS NULL OR NOT j.excluded_reason IN $stronger)
  RETURN j.type AS other_type, count(j) AS linked
}
UNWIND $limits AS limit
WITH i, limit, other_type, linked
WHERE limit.type = i.type AND limit.other_type = other_type AND linked > limit.max
RETURN i.type AS type, i.value AS value, limit.other_type AS other_type, linked, limit.max AS max
ORDER BY type, value, other_type;
