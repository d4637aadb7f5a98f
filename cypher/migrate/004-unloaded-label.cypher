// Graph model 4: an identifier that GraphWipe.evidence() kept for a rebuild and that no load has
// brought back since carries the Unloaded label (the loads remove it), so that resolution finds the
// ones to forget by label instead of reading every identifier's first_seen_at. In a store written
// before, those are the identifiers without first_seen_at (every load sets it). Each statement
// runs in auto-commit transactions of $batch rows, and finds nothing to do when run again.
MATCH (i:PersonIdentifier)
WHERE i.first_seen_at IS NULL AND NOT i:Unloaded
CALL (i) { SET i:Unloaded } IN TRANSACTIONS OF $batch ROWS;
MATCH (i:GroupIdentifier)
WHERE i.first_seen_at IS NULL AND NOT i:Unloaded
CALL (i) { SET i:Unloaded } IN TRANSACTIONS OF $batch ROWS;
