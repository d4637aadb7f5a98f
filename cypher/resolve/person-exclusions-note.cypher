// Records that some evidence of these identifiers was dropped (type limit, force-apart override):
// they still link, into an entity of their own, so only the reason and detail are set.
// $rows: [{type, value, reason, detail}]
UNWIND $rows AS row
MATCH (i:PersonIdentifier {type: row.type, value: row.value})
SET i.excluded = false, i.excluded_reason = row.reason, i.excluded_detail = row.detail
REMOVE i:Excluded;
