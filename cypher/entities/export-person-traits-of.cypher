// The resolved traits of the persons named, streamed for a projection scoped to them.
// $ids: person ids
UNWIND $ids AS id
MATCH (e:Person {person_id: id})-[:HAS_TRAIT]->(t:PersonTrait)
RETURN e.person_id AS entity_id, t.name AS name, t.value AS value, t.source AS source,
       t.occurred_at AS occurred_at;
