// Incremental resolution, step 1 (before the guardrails): the identifiers new data touched since the
// last resolution (PendingResolve: new identifiers, excluded ones seen again, every member of a new
// SAME_AS star, the neighbours of an erased identifier), with the entity each had before this run,
// whether it was excluded then and whether an erasure took evidence from it (evidence_lost). Under
// unchanged rules only these can change a guardrail: a shared-identifier count moves only when a new
// linkable star adds a mate to each of its members, and the stronger exclusions (erased, consent)
// only change for identifiers seen again. The resolver works out from them the region the run may
// change (RegionComponents). Read-only: the scope is kept by the resolver, as element ids.
MATCH (i:PersonIdentifier:PendingResolve)
RETURN elementId(i) AS id, id(i) AS node_id, i.type AS type, i.value AS value,
       i.entity_id AS entity_id, i.first_seen_at AS first_seen_at,
       coalesce(i.excluded, false) AS excluded, coalesce(i.evidence_lost, false) AS evidence_lost;
