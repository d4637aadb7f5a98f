// One page of all person ids in id order, after $after (start with ''), for a full entity build.
// Index-backed order through the person_id constraint. Read-only.
// $after; $limit
MATCH (e:Person)
WHERE e.person_id > $after
RETURN e.person_id AS id
ORDER BY id
LIMIT $limit;
