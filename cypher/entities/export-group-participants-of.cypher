// The participations of the groups named, streamed for a projection scoped to them.
// $ids: group ids
UNWIND $ids AS id
MATCH (e:Group {group_id: id})-[r:PARTICIPATED_IN]->(event:Event)
RETURN e.group_id AS entity_id, event.event_id AS event_id, r.role AS role;
