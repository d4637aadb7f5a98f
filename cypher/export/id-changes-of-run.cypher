// The merges and splits of one entity kind ('person' or 'group') that one run recorded, oldest first.
// $kind, $run_id
MATCH (c:IdChange {run_id: $run_id})
WHERE c.entity_kind = $kind
RETURN c.old_id AS old_id, c.new_id AS new_id, c.change AS change, c.run_id AS run_id,
       c.changed_at AS changed_at, c.cause_event_id AS cause_event_id
ORDER BY c.changed_at, c.old_id, c.new_id;
