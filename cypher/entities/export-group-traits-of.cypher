// The resolved traits of the groups named, streamed for a projection scoped to them.
// $ids: group ids
UNWIND $ids AS id
MATCH (e:Group {group_id: id})-[:HAS_TRAIT]->(t:GroupTrait)
RETURN e.group_id AS entity_id, t.name AS name, t.value AS value, t.source AS source,
       t.occurred_at AS occurred_at;
