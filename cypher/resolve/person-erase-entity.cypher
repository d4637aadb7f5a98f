// Erasure of one person: its identifiers are deleted with everything attached to them (SAME_AS,
// INVOLVES, IDENTIFIES, observed memberships), then the Person node with its relationships
// (MEMBER_OF, PARTICIPATED_IN). Returns the erased identifiers, for the caller to suppress.
// Events and IdChange history (ids only) stay. Identifiers of other entities that had evidence
// with the erased ones (through an excluded or over-limit link) are labelled PendingResolve and
// evidence_lost (their entity is re-resolved from its evidence, not continued: RegionComponents).
MATCH (e:Person {person_id: $id})
OPTIONAL MATCH (i:PersonIdentifier)-[:IDENTIFIES]->(e)
WITH e, collect(i) AS identifiers
WITH e, identifiers, [i IN identifiers | {type: i.type, value: i.value}] AS keys
CALL (identifiers) {
  UNWIND identifiers AS i
  MATCH (i)-[:SAME_AS]-(j:PersonIdentifier)
  WHERE NOT j IN identifiers
  SET j:PendingResolve, j.evidence_lost = true
}
FOREACH (i IN identifiers | DETACH DELETE i)
DETACH DELETE e
RETURN keys;
