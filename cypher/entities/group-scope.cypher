// The groups an incremental entity build recomputes: those resolution run $run_id changed
// (resolved_in_run), those named by its merges and splits that still exist (the part of a split
// that kept its id), those a load labelled PendingBuild (they held an identifier the load saw;
// that identifier may since have been excluded) and those holding an identifier a load labelled
// PendingBuild. Read-only.
// $run_id
MATCH (e:Group {resolved_in_run: $run_id})
RETURN e.group_id AS id
UNION
MATCH (c:IdChange {run_id: $run_id, entity_kind: 'group'})
UNWIND [c.old_id, c.new_id] AS changed
MATCH (e:Group {group_id: changed})
RETURN e.group_id AS id
UNION
MATCH (e:Group:PendingBuild)
RETURN e.group_id AS id
UNION
MATCH (:GroupIdentifier:PendingBuild)-[:IDENTIFIES]->(e:Group)
RETURN e.group_id AS id;
