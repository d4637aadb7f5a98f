// Excludes identifiers from linking, with the reason and a detail. They stay in the graph as
// observations; an excluded identifier belongs to no entity.
UNWIND $rows AS row
MATCH (i:PersonIdentifier {type: row.type, value: row.value})
SET i.excluded = true, i.excluded_reason = $reason, i.excluded_detail = row.detail
WITH i
OPTIONAL MATCH (i)-[r:IDENTIFIES]->(:Person)
DELETE r
REMOVE i.entity_id;
