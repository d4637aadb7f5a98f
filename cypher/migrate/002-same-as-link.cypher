// Graph model 2: SAME_AS carries link (1 linkable, 0 not) beside the boolean linkable, and
// excluded identifiers carry the Excluded label. Both exist for the resolver's native GDS
// projection, which loads numbers and labels but not booleans. The loaders write both from model 2
// on; this brings a store written before up to date. Each statement runs in auto-commit
// transactions of $batch rows, and finds nothing to do when run again.
MATCH ()-[r:SAME_AS]->()
WHERE r.link IS NULL
CALL (r) { SET r.link = CASE WHEN r.linkable = true THEN 1 ELSE 0 END } IN TRANSACTIONS OF $batch ROWS;
MATCH (i:PersonIdentifier {excluded: true})
CALL (i) { SET i:Excluded } IN TRANSACTIONS OF $batch ROWS;
MATCH (i:GroupIdentifier {excluded: true})
CALL (i) { SET i:Excluded } IN TRANSACTIONS OF $batch ROWS;
