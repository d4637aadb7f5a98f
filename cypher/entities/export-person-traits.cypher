// Every resolved person trait (the HAS_TRAIT winners), streamed for resolved_person_traits.
MATCH (e:Person)-[:HAS_TRAIT]->(t:PersonTrait)
RETURN e.person_id AS entity_id, t.name AS name, t.value AS value, t.source AS source,
       t.occurred_at AS occurred_at;
