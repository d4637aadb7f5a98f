// Incremental resolution: which of the ids minted in the region already name a person entity
// (then the run resolves the whole graph, as a full run would mint another). Read-only.
// $ids: [person_id]
UNWIND $ids AS entity
MATCH (e:Person {person_id: entity})
RETURN entity AS id;
