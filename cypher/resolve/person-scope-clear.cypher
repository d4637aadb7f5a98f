// After a resolution (or before one, to drop what a failed run left): removes up to $limit of the
// scope labels and, when $resolved, the PendingResolve labels the loads set. Run until it returns
// fewer than $limit.
CALL () {
  MATCH (i:ResolveScope) WHERE i:PersonIdentifier RETURN i
  UNION
  MATCH (i:ResolveFrontier) WHERE i:PersonIdentifier RETURN i
  UNION
  MATCH (i:PendingResolve) WHERE $resolved AND i:PersonIdentifier RETURN i
}
WITH i
LIMIT $limit
REMOVE i:ResolveScope:ResolveFrontier
FOREACH (_ IN CASE WHEN $resolved THEN [1] ELSE [] END | REMOVE i:PendingResolve)
RETURN count(i) AS cleared;
