// Every group identifier by node id (the id GDS streams and group-same-as-stars uses) with its key,
// the entity it had after the last run, its first sighting and its exclusion reason: read once
// per run (IdentifierTable) for the shared-identifier counts and the WCC members, so the WCC
// stream carries ids only. Read-only.
MATCH (i:GroupIdentifier)
RETURN id(i) AS id, i.type AS type, i.value AS value, i.entity_id AS entity_id,
       i.first_seen_at AS first_seen_at, i.excluded_reason AS reason;
