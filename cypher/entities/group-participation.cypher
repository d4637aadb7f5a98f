// Participation of groups in events: one PARTICIPATED_IN {role} per distinct (group, event,
// role) over the INVOLVES of the group's identifiers. First removes what no INVOLVES supports any
// more (an identifier left the group), then MERGEs the rest, so recomputing writes nothing new.
// $ids: group ids
UNWIND $ids AS id
MATCH (e:Group {group_id: id})
OPTIONAL MATCH (e)-[old:PARTICIPATED_IN]->(event:Event)
WHERE NOT EXISTS {
  (e)<-[:IDENTIFIES]-(:GroupIdentifier)<-[:INVOLVES {role: old.role}]-(event)
}
DELETE old
WITH DISTINCT e
CALL (e) {
  MATCH (e)<-[:IDENTIFIES]-(:GroupIdentifier)<-[r:INVOLVES]-(event:Event)
  WITH DISTINCT event, r.role AS role
  MERGE (e)-[:PARTICIPATED_IN {role: role}]->(event)
  RETURN count(*) AS n
}
RETURN sum(n) AS participations;
