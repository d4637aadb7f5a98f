// A source observed that a person identifier belongs to a group identifier, once per event. Both
// identifier nodes exist (membership sightings are loaded with the identifier nodes).
// $rows: [{person_type, person_value, group_type, group_value, event_id, role, occurred_at,
//          source}], sorted by person, group, event_id
UNWIND $rows AS row
MATCH (p:PersonIdentifier {type: row.person_type, value: row.person_value})
MATCH (g:GroupIdentifier {type: row.group_type, value: row.group_value})
MERGE (p)-[m:MEMBER_OF_OBSERVED {event_id: row.event_id}]->(g)
SET m.role = row.role,
    m.occurred_at = row.occurred_at,
    m.source = row.source;
