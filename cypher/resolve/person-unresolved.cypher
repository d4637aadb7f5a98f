// Identifiers without an entity that are not marked erased yet (new since the last run, or
// excluded): the ones the suppression check of erased identifiers looks at.
// $all: true to look at every identifier, false for only those in this run's scope ($scope: their
// element ids).
MATCH (i:PersonIdentifier)
WHERE ($all OR elementId(i) IN $scope) AND i.entity_id IS NULL
  AND (i.excluded_reason IS NULL OR i.excluded_reason <> 'erased')
RETURN i.type AS type, i.value AS value;
