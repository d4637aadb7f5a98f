// Every resolved group identifier with its entity and sightings, for the projection.
MATCH (i:GroupIdentifier)-[:IDENTIFIES]->(e:Group)
RETURN i.type AS type, i.value AS value, e.group_id AS entity_id, i.source AS source,
       i.first_seen_at AS first_seen_at, i.last_seen_at AS last_seen_at;
