// Incremental resolution, step 1 (before the guardrails): the identifiers whose resolution this run
// may change: those new data touched since the last resolution (PendingResolve: new identifiers,
// excluded ones seen again, both ends of new SAME_AS), every identifier on a SAME_AS star with one of
// them (their shared-identifier counts may change), and every identifier of the entities all of
// those had before this run (a new exclusion may split such an entity). Read-only: the scope is
// kept by the resolver, as element ids. Returns one row per identifier in scope.
MATCH (s:PersonIdentifier:PendingResolve)
CALL (s) {
  RETURN s AS i
  UNION
  MATCH (s)-[r:SAME_AS]-()
  WITH DISTINCT startNode(r) AS hub, r.edge_id AS edge
  MATCH (hub)-[star:SAME_AS {edge_id: edge}]->(spoke)
  USING INDEX star:SAME_AS(edge_id)
  UNWIND [hub, spoke] AS i
  RETURN i
}
WITH DISTINCT i
CALL (i) {
  RETURN i AS j
  UNION
  MATCH (j:PersonIdentifier {entity_id: i.entity_id})
  RETURN j
}
WITH DISTINCT j
RETURN elementId(j) AS id, j.type AS type, j.value AS value;
