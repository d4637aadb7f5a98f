// An event involves an identifier in a role, on one edge of the record. Both nodes exist (nodes
// are loaded before relationships) and are matched by their unique keys.
// $rows: [{event_id, type, value, edge_id, role}], sorted by event_id, type, value, edge_id, role
UNWIND $rows AS row
MATCH (e:Event {event_id: row.event_id})
MATCH (i:PersonIdentifier {type: row.type, value: row.value})
MERGE (e)-[:INVOLVES {edge_id: row.edge_id, role: row.role}]->(i);
