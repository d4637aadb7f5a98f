// Incremental resolution: identifiers found in the evidence of the region that the region did not
// hold yet, by node id, with their entity. Read-only.
// $ids: [node id]
UNWIND $ids AS nodeId
MATCH (i:PersonIdentifier)
WHERE id(i) = nodeId
RETURN id(i) AS id, i.type AS type, i.value AS value, i.entity_id AS entity_id,
       i.first_seen_at AS first_seen_at;
