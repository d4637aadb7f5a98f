// After a completed resolution: removes up to $limit of the PendingResolve labels the loads set
// (and an erasure's evidence_lost marks), so that the next run's scope starts from what is loaded
// after this one. Run until it returns fewer than $limit.
MATCH (i:PendingResolve)
WHERE i:PersonIdentifier
WITH i
LIMIT $limit
REMOVE i:PendingResolve, i.evidence_lost
RETURN count(i) AS cleared;
