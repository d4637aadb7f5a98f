// Every resolved group trait (the HAS_TRAIT winners), streamed for resolved_group_traits.
MATCH (e:Group)-[:HAS_TRAIT]->(t:GroupTrait)
RETURN e.group_id AS entity_id, t.name AS name, t.value AS value, t.source AS source,
       t.occurred_at AS occurred_at;
