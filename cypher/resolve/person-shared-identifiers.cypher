// Shared identifiers: those that share identity evidence (an edge_id, i.e. one source record's
// entity) with more distinct identifiers of another type than a limit allows, e.g. a support inbox
// seen with many user ids. Evidence is stored as stars (hub -> spokes per edge_id), so the
// identifiers of an edge are its hub and the hub's spokes, whichever of them i is. Identifiers
// excluded for a stronger reason ($stronger: erased, blocked, consent) neither count nor are
// counted. Read-only.
// $all: true to look at every identifier, false for only those in this run's scope (ResolveScope).
UNWIND $limits AS limit
MATCH (i:PersonIdentifier {type: limit.type})
WHERE ($all OR i:ResolveScope)
  AND (i.excluded_reason IS NULL OR NOT i.excluded_reason IN $stronger)
CALL (i, limit) {
  MATCH (i)-[r:SAME_AS]-()
  WHERE r.linkable = true
  WITH DISTINCT startNode(r) AS hub, r.edge_id AS edge
  MATCH (hub)-[:SAME_AS {edge_id: edge}]->(spoke)
  WITH collect(DISTINCT hub) + collect(DISTINCT spoke) AS members
  UNWIND members AS j
  WITH DISTINCT j
  WHERE j.type = limit.other_type AND j <> i
    AND (j.excluded_reason IS NULL OR NOT j.excluded_reason IN $stronger)
  RETURN count(j) AS linked
}
WITH i, limit, linked
WHERE linked > limit.max
RETURN i.type AS type, i.value AS value, limit.other_type AS other_type, linked, limit.max AS max
ORDER BY type, value, other_type;
