// Every person entity from earlier runs, with its first sighting (the oldest survives a merge) and
// its identifier count (entities whose facts changed are rewritten).
MATCH (e:Person)
RETURN e.person_id AS id, e.first_seen_at AS first_seen_at, e.identifier_count AS identifier_count;
