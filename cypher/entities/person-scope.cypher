// The persons an incremental entity build recomputes: those resolution run $run_id changed
// (resolved_in_run), those named by its merges and splits that still exist (the part of a split
// that kept its id), those holding an identifier a load labelled PendingBuild, and those labelled
// PendingBuild themselves (loads before 2026-11-23 labelled the entity too; a graph may still hold
// such a label from a build that has not run since). Read-only.
// $run_id
MATCH (e:Person {resolved_in_run: $run_id})
RETURN e.person_id AS id
UNION
MATCH (c:IdChange {run_id: $run_id, entity_kind: 'person'})
UNWIND [c.old_id, c.new_id] AS changed
MATCH (e:Person {person_id: changed})
RETURN e.person_id AS id
UNION
MATCH (e:Person:PendingBuild)
RETURN e.person_id AS id
UNION
MATCH (:PersonIdentifier:PendingBuild)-[:IDENTIFIES]->(e:Person)
RETURN e.person_id AS id;
