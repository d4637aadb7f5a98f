// Incremental resolution: person entities of the last run with their facts and every identifier, by
// node id. Read-only.
// $ids: [person_id]
UNWIND $ids AS entity
MATCH (e:Person {person_id: entity})
RETURN entity AS id, e.first_seen_at AS first_seen_at, e.identifier_count AS identifier_count,
       [(i:PersonIdentifier)-[:IDENTIFIES]->(e)
          | {id: id(i), type: i.type, value: i.value, first_seen_at: i.first_seen_at}] AS members;
