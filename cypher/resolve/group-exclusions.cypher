// Every identifier with a recorded exclusion (identifier_exclusions): observation-only ones
// (excluded = true) and those that still link but had weaker evidence dropped (excluded = false).
MATCH (i:GroupIdentifier)
WHERE i.excluded_reason IS NOT NULL
RETURN i.type AS type, i.value AS value, i.excluded_reason AS reason, i.excluded_detail AS detail
ORDER BY type, value;
