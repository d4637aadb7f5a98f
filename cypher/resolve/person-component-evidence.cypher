// The identity evidence of some identifiers (the members of components that break a type limit or
// a force-apart override): one row per record (edge_id) with its members that may link, i.e. the
// hub and spokes of its star that are not excluded. Read-only.
// Excluded is told by the Excluded label (set with excluded = true, graph model 2): a label is in the
// node record, where an absent excluded property is known only after its whole property chain was
// read (the statement took 11-13 % less CPU, 2026-11-24).
// Identifiers by node id (id(), the id the resolver's projection streams), in and out.
// $ids: [node id]
UNWIND $ids AS nodeId
MATCH (i:PersonIdentifier)-[r:SAME_AS]-()
WHERE id(i) = nodeId
  AND r.linkable = true
WITH DISTINCT startNode(r) AS hub, r.edge_id AS edge
MATCH (hub)-[s:SAME_AS {edge_id: edge}]->(spoke:PersonIdentifier)
USING INDEX s:SAME_AS(edge_id)
WITH hub, edge, min(s.occurred_at) AS occurred_at, collect(spoke) AS spokes
WITH edge, occurred_at,
     [n IN [hub] + spokes WHERE NOT n:Excluded | id(n)] AS members
WHERE size(members) > 1
RETURN edge AS edge_id, occurred_at, members;
