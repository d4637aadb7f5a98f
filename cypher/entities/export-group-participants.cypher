// Every participation of a group in an event, streamed for group_participants.
MATCH (e:Group)-[r:PARTICIPATED_IN]->(event:Event)
RETURN e.group_id AS entity_id, event.event_id AS event_id, r.role AS role;
