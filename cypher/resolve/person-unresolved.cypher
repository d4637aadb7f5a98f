// Identifiers without an entity that are not marked erased yet (new since the last run, or
// excluded): the ones the suppression check of erased identifiers looks at.
MATCH (i:PersonIdentifier)
WHERE i.entity_id IS NULL AND (i.excluded_reason IS NULL OR i.excluded_reason <> 'erased')
RETURN i.type AS type, i.value AS value;
