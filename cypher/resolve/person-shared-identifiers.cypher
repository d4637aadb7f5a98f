// Shared identifiers: those linked (by linkable evidence) to more distinct identifiers of another
// type than a limit allows, e.g. a support inbox seen with many user ids. Read-only.
UNWIND $limits AS limit
MATCH (i:PersonIdentifier {type: limit.type})
CALL (i, limit) {
  MATCH (i)-[r:SAME_AS]-(j:PersonIdentifier {type: limit.other_type})
  WHERE r.linkable = true
  RETURN count(DISTINCT j) AS linked
}
WITH i, limit, linked
WHERE linked > limit.max
RETURN i.type AS type, i.value AS value, limit.other_type AS other_type, linked, limit.max AS max
ORDER BY type, value, other_type;
