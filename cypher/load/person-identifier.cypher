// One PersonIdentifier node per (type, value). first_seen_at / source keep the earliest sighting (ties: the
// smaller source), last_seen_at the latest, so the result does not depend on load order and
// re-loading changes nothing. Rows are pre-aggregated per (type, value).
// email_domain (email identifiers only) serves memberships inferred from corporate domains.
// The identifier is labelled PendingBuild: the next entity build (traits, memberships,
// participation) recomputes the person holding it after resolution, then removes the label (a person
// that loses the identifier in resolution is rewritten by it, resolved_in_run, and rebuilt too). A new
// identifier, or an excluded one seen again (its consent may have changed), is also labelled
// PendingResolve: the next resolution starts its scope there (so do new SAME_AS, load/event).
// An identifier a rebuild's wipe kept (Unloaded) is loaded again: resolution keeps it.
// $rows: [{type, value, first_seen_at, last_seen_at, source, email_domain}]
UNWIND $rows AS row
MERGE (i:PersonIdentifier {type: row.type, value: row.value})
WITH i, row,
     i.first_seen_at IS NULL
       OR row.first_seen_at < i.first_seen_at
       OR (row.first_seen_at = i.first_seen_at AND row.source < i.source) AS earlier,
     i.last_seen_at IS NULL OR row.last_seen_at > i.last_seen_at AS later,
     i.first_seen_at IS NULL OR i.excluded = true AS unsettled
SET i += CASE WHEN earlier THEN {first_seen_at: row.first_seen_at, source: row.source} ELSE {} END
SET i += CASE WHEN later THEN {last_seen_at: row.last_seen_at} ELSE {} END
SET i.email_domain = row.email_domain
SET i:PendingBuild
REMOVE i:Unloaded
FOREACH (_ IN CASE WHEN unsettled THEN [1] ELSE [] END | SET i:PendingResolve);
