// The participations of the persons named, streamed for a projection scoped to them.
// $ids: person ids
UNWIND $ids AS id
MATCH (e:Person {person_id: id})-[r:PARTICIPATED_IN]->(event:Event)
RETURN e.person_id AS entity_id, event.event_id AS event_id, r.role AS role;
