// Incremental resolution: which of the ids minted in the region already name a group entity
// (then the run resolves the whole graph, as a full run would mint another). Read-only.
// $ids: [group_id]
UNWIND $ids AS entity
MATCH (e:Group {group_id: entity})
RETURN entity AS id;
