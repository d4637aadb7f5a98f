// Waits until every index (those of the constraints included) is online: after a bulk import the
// schema is created on a full graph and indexes populate in the background. $seconds: how long.
CALL db.awaitIndexes($seconds);
