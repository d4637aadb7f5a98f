// Every participation of a person in an event, streamed for person_participants.
MATCH (e:Person)-[r:PARTICIPATED_IN]->(event:Event)
RETURN e.person_id AS entity_id, event.event_id AS event_id, r.role AS role;
