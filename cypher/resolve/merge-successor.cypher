// Where a merged-away entity id went: the survivor of its latest merge, if any.
MATCH (c:IdChange {old_id: $id})
WHERE c.entity_kind = $kind AND c.change = 'merge'
RETURN c.new_id AS new_id
ORDER BY c.changed_at DESC, c.run_id DESC
LIMIT 1;
