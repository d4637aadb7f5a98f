// Lifts exclusions that no longer apply. The identifier links again on this run.
// $rows: [{type, value}]
UNWIND $rows AS row
MATCH (i:GroupIdentifier {type: row.type, value: row.value})
REMOVE i.excluded, i.excluded_reason, i.excluded_detail, i:Excluded;
