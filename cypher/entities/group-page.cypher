// One page of all group ids in id order, after $after (start with ''), for a full entity build.
// Index-backed order through the group_id constraint. Read-only.
// $after; $limit
MATCH (e:Group)
WHERE e.group_id > $after
RETURN e.group_id AS id
ORDER BY id
LIMIT $limit;
