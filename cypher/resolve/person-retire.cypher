// Records merges and splits, and removes entities merged away (no identifier points at them).
UNWIND $changes AS c
CREATE (:IdChange {entity_kind: 'person', old_id: c.old_id, new_id: c.new_id, change: c.change,
                   run_id: $run_id, changed_at: $changed_at, cause_event_id: c.cause_event_id})
WITH c
WHERE c.change = 'merge'
MATCH (old:Person {person_id: c.old_id})
WHERE NOT (old)<-[:IDENTIFIES]-()
DETACH DELETE old;
