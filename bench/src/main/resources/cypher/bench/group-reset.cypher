// Removes everything group resolution wrote (entities, id changes, entity ids, exclusion marks),
// leaving the loaded evidence as it was. Implicit transactions.
MATCH (n)
WHERE n:Group OR (n:IdChange AND n.entity_kind = $kind)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS;

MATCH (i:GroupIdentifier)
CALL (i) { REMOVE i.entity_id, i.excluded, i.excluded_reason, i.excluded_detail }
IN TRANSACTIONS OF 10000 ROWS;
