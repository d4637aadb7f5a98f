// Participation of persons in events: one PARTICIPATED_IN {role} per distinct (person, event,
// role) over the INVOLVES of the person's identifiers. First removes what no INVOLVES supports any
// more (an identifier left the person), then MERGEs the rest, so recomputing writes nothing new.
// $ids: person ids
UNWIND $ids AS id
MATCH (e:Person {person_id: id})
OPTIONAL MATCH (e)-[old:PARTICIPATED_IN]->(event:Event)
WHERE NOT EXISTS {
  (e)<-[:IDENTIFIES]-(:PersonIdentifier)<-[:INVOLVES {role: old.role}]-(event)
}
DELETE old
WITH DISTINCT e
CALL (e) {
  MATCH (e)<-[:IDENTIFIES]-(:PersonIdentifier)<-[r:INVOLVES]-(event:Event)
  WITH DISTINCT event, r.role AS role
  MERGE (e)-[:PARTICIPATED_IN {role: role}]->(event)
  RETURN count(*) AS n
}
RETURN sum(n) AS participations;
