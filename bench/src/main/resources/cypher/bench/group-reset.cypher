// Removes everything group resolution wrote (entities, id changes, entity ids, exclusion marks),
// leaving the loaded evidence as it was, and the record of the last resolution (so the next one
// resolves everything). Implicit transactions.
MATCH (n)
WHERE n:Group OR (n:IdChange AND n.entity_kind = $kind)
   OR (n:ResolverState AND n.kind = $kind)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS;

MATCH (i:GroupIdentifier)
CALL (i) { REMOVE i.entity_id, i.excluded, i.excluded_reason, i.excluded_detail, i:Excluded }
IN TRANSACTIONS OF 10000 ROWS;
