// Upserts the group entities whose identifiers changed in this run.
UNWIND $rows AS row
MERGE (e:Group {group_id: row.id})
SET e.first_seen_at = row.first_seen_at,
    e.identifier_count = row.identifier_count,
    e.resolved_in_run = $run_id;
