// Incremental resolution, step 1 (before the guardrails): the identifiers new data touched since the
// last resolution (PendingResolve: new identifiers, excluded ones seen again, every member of a new
// SAME_AS star), with the entity each had before this run. Under unchanged rules only these can
// change a guardrail: a shared-identifier count moves only when a new linkable star adds a mate to
// each of its members, and the stronger exclusions (erased, consent) only change for identifiers
// seen again. The resolver closes the scope on whole components and whole previous entities
// (ResolutionScope.select). Read-only: the scope is kept by the resolver, as element ids.
MATCH (i:PersonIdentifier:PendingResolve)
RETURN elementId(i) AS id, i.type AS type, i.value AS value, i.entity_id AS entity_id;
