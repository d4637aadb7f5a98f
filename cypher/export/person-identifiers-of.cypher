// The identifiers of the persons named, with their sightings, for a projection scoped to them.
// $ids: person ids
UNWIND $ids AS id
MATCH (i:PersonIdentifier)-[:IDENTIFIES]->(e:Person {person_id: id})
RETURN i.type AS type, i.value AS value, e.person_id AS entity_id, i.source AS source,
       i.first_seen_at AS first_seen_at, i.last_seen_at AS last_seen_at;
