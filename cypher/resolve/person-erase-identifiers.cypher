// Erasure of single identifiers: each is deleted with everything attached to it. The entity it
// belonged to is re-resolved on the next run (it may split, or vanish when nothing is left): its
// other identifiers, and those the erased one had evidence with, are labelled PendingResolve and
// evidence_lost (their entity is re-resolved from its evidence, not continued: RegionComponents);
// the entity is labelled PendingBuild (its participation in the erased identifier's events goes).
// Returns the identifiers that were in the graph.
// $keys: [{type, value}]
UNWIND $keys AS key
MATCH (i:PersonIdentifier {type: key.type, value: key.value})
CALL (i) {
  MATCH (j:PersonIdentifier {entity_id: i.entity_id})
  WHERE j <> i
  SET j:PendingResolve, j.evidence_lost = true
}
CALL (i) {
  MATCH (i)-[:SAME_AS]-(j:PersonIdentifier)
  SET j:PendingResolve, j.evidence_lost = true
}
CALL (i) {
  MATCH (i)-[:IDENTIFIES]->(holder:Person)
  SET holder:PendingBuild
}
DETACH DELETE i
RETURN key.type AS type, key.value AS value;
