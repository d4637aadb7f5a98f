// Identifiers that GraphWipe.evidence() kept (key and entity id only) and that no load has brought
// back since: a load always sets first_seen_at. They are forgotten before resolving, so that a
// rebuild from the event log ends with exactly the identifiers of the event log.
MATCH (i:PersonIdentifier)
WHERE i.first_seen_at IS NULL
DETACH DELETE i
RETURN count(*) AS forgotten;
