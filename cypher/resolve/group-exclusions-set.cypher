// Excludes identifiers from linking, each with its reason and a detail. They stay in the graph as
// observations; an excluded identifier belongs to no entity. The Excluded label is what the
// resolver's native projection filters on (GDS reads labels, not boolean properties). The entity
// it leaves is labelled PendingBuild (its build drops the participations the identifier carried).
// $rows: [{type, value, reason, detail}]
UNWIND $rows AS row
MATCH (i:GroupIdentifier {type: row.type, value: row.value})
SET i.excluded = true, i.excluded_reason = row.reason, i.excluded_detail = row.detail
SET i:Excluded
WITH i
OPTIONAL MATCH (i)-[r:IDENTIFIES]->(holder:Group)
FOREACH (h IN CASE WHEN holder IS NULL THEN [] ELSE [holder] END | SET h:PendingBuild)
DELETE r
REMOVE i.entity_id;
