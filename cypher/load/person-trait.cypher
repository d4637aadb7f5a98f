// One PersonTrait node per trait observation (its deterministic id): what one source record said
// about one entity at one time. Every observation is kept (the history); the entity build picks
// the winners. The trait hangs off the hub of its edge (the smallest identifier of the record's
// entity, the same hub as the edge's SAME_AS star) by TRAIT_OBSERVED; a trait without hub (its
// record kept no identifier) is stored but describes no entity. Re-loading writes the same values.
// $rows: [{id, name, value, source, occurred_at, event_id, edge_id, hub_type, hub_value}], sorted by id
UNWIND $rows AS row
MERGE (t:PersonTrait {id: row.id})
SET t.name = row.name,
    t.value = row.value,
    t.source = row.source,
    t.occurred_at = row.occurred_at,
    t.event_id = row.event_id,
    t.edge_id = row.edge_id
WITH t, row
WHERE row.hub_type IS NOT NULL
MATCH (hub:PersonIdentifier {type: row.hub_type, value: row.hub_value})
MERGE (hub)-[:TRAIT_OBSERVED]->(t);
