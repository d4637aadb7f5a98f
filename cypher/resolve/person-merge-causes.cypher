// For entities about to be merged away: the latest event whose evidence links them to another entity.
UNWIND $old_ids AS old_id
MATCH (a:PersonIdentifier {entity_id: old_id})-[r:SAME_AS]-(b:PersonIdentifier)
WHERE r.linkable = true AND (b.entity_id IS NULL OR b.entity_id <> old_id)
WITH old_id, r
ORDER BY r.occurred_at DESC, r.event_id
RETURN old_id, collect(r.event_id)[0] AS event_id;
