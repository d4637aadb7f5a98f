// After a successful entity build: removes up to $limit PendingBuild labels (loads set them on the
// identifiers they saw and on those identifiers' entities). Run until it returns fewer than $limit.
// $limit
MATCH (n:PendingBuild)
WITH n
LIMIT $limit
REMOVE n:PendingBuild
RETURN count(n) AS cleared;
