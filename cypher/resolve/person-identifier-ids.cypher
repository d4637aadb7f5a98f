// Every person identifier's GDS node id with its key and exclusion reason: the nodes of
// person-same-as-stars. Read-only.
MATCH (i:PersonIdentifier)
RETURN id(i) AS id, i.type AS type, i.value AS value, i.excluded_reason AS reason;
