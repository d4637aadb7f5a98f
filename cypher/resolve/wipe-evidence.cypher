// GraphWipe.evidence(): removes the loaded evidence (events with what they carry: INVOLVES,
// SAME_AS, trait observations, observed memberships) in batches, before a rebuild from the event
// log; the reload writes every event as new. It keeps exactly what stable ids depend on: Person
// and Group nodes, IdChange history, and every identifier that belongs to an entity reduced to its
// key, its entity_id and IDENTIFIES, labelled Unloaded until a load brings it back.
// The reload restores the rest; resolution forgets identifiers still Unloaded.
// Each statement runs in its own auto-commit transaction ($batch rows per inner transaction).
MATCH (e:Event)
CALL (e) { DETACH DELETE e } IN TRANSACTIONS OF $batch ROWS;
MATCH (t:PersonTrait)
CALL (t) { DETACH DELETE t } IN TRANSACTIONS OF $batch ROWS;
MATCH (t:GroupTrait)
CALL (t) { DETACH DELETE t } IN TRANSACTIONS OF $batch ROWS;
MATCH (:PersonIdentifier)-[r:SAME_AS|MEMBER_OF_OBSERVED]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF $batch ROWS;
MATCH (:GroupIdentifier)-[r:SAME_AS]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF $batch ROWS;
MATCH (i:PersonIdentifier)
WHERE i.entity_id IS NULL
CALL (i) { DETACH DELETE i } IN TRANSACTIONS OF $batch ROWS;
MATCH (i:GroupIdentifier)
WHERE i.entity_id IS NULL
CALL (i) { DETACH DELETE i } IN TRANSACTIONS OF $batch ROWS;
MATCH (i:PersonIdentifier)
CALL (i) { SET i = {type: i.type, value: i.value, entity_id: i.entity_id}, i:Unloaded } IN TRANSACTIONS OF $batch ROWS;
MATCH (i:GroupIdentifier)
CALL (i) { SET i = {type: i.type, value: i.value, entity_id: i.entity_id}, i:Unloaded } IN TRANSACTIONS OF $batch ROWS;
