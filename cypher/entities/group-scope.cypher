// The groups an incremental entity build recomputes: those resolution run $run_id changed
// (resolved_in_run), those named by its merges and splits that still exist (the part of a split
// that kept its id), those holding an identifier a load labelled PendingBuild, and those labelled
// PendingBuild themselves (loads before 2026-11-23 labelled the entity too; a graph may still hold
// such a label from a build that has not run since). Read-only.
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
