// The entity each of two identifiers resolved to (null: unknown identifier or no entity).
OPTIONAL MATCH (a:GroupIdentifier {type: $a_type, value: $a_value})
OPTIONAL MATCH (b:GroupIdentifier {type: $b_type, value: $b_value})
RETURN a IS NOT NULL AS a_known, a.entity_id AS a_entity, b IS NOT NULL AS b_known, b.entity_id AS b_entity;
