// Identifiers on the graph-side blocklist: exact values per type (index lookups) and regular
// expressions per type or for every type ('*'), matched against the whole value. Read-only.
// $all: true to look at every identifier, false for only those in this run's scope ($scope: their
// element ids).
// $values: [{type, value}], $patterns: [{type, regex}]
CALL () {
  UNWIND $values AS blocked
  MATCH (i:GroupIdentifier {type: blocked.type, value: blocked.value})
  WHERE $all OR elementId(i) IN $scope
  RETURN i, 'blocked value' AS detail
  UNION
  UNWIND $patterns AS blocked
  MATCH (i:GroupIdentifier)
  WHERE ($all OR elementId(i) IN $scope)
    AND (blocked.type = '*' OR i.type = blocked.type) AND i.value =~ blocked.regex
  RETURN i, 'matches blocked pattern ' + blocked.regex AS detail
}
RETURN i.type AS type, i.value AS value, detail
ORDER BY type, value, detail;
