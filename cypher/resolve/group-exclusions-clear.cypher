// Lifts exclusions of one reason that no longer apply (keys: the identifiers that stay excluded).
MATCH (i:GroupIdentifier {excluded_reason: $reason})
WHERE NOT {type: i.type, value: i.value} IN $keys
REMOVE i.excluded, i.excluded_reason, i.excluded_detail;
