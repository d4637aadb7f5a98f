// Every group identifier's GDS node id with its key and exclusion reason: the nodes of
// group-same-as-stars. Read-only.
MATCH (i:GroupIdentifier)
RETURN id(i) AS id, i.type AS type, i.value AS value, i.excluded_reason AS reason;
