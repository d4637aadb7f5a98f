// Identity evidence: a star per edge_id, from the hub (smallest (type, value) of the edge) to each
// other identifier of the edge. linkable only ever goes from true to false (any consent-denied
// sighting of the edge wins), so re-loading changes nothing.
// $rows: [{hub_type, hub_value, other_type, other_value, edge_id, source, occurred_at, event_id,
//          linkable}], sorted by hub, other, edge_id
UNWIND $rows AS row
MATCH (hub:PersonIdentifier {type: row.hub_type, value: row.hub_value})
MATCH (other:PersonIdentifier {type: row.other_type, value: row.other_value})
MERGE (hub)-[s:SAME_AS {edge_id: row.edge_id}]->(other)
ON CREATE SET s.source = row.source,
              s.occurred_at = row.occurred_at,
              s.event_id = row.event_id,
              s.linkable = row.linkable
ON MATCH SET s.linkable = s.linkable AND row.linkable;
