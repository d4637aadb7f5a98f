// Every group entity from earlier runs, with its first sighting (the oldest survives a merge).
MATCH (e:Group)
RETURN e.group_id AS id, e.first_seen_at AS first_seen_at;
