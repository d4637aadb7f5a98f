// The identifiers of the groups named, with their sightings, for a projection scoped to them.
// $ids: group ids
UNWIND $ids AS id
MATCH (i:GroupIdentifier)-[:IDENTIFIES]->(e:Group {group_id: id})
RETURN i.type AS type, i.value AS value, e.group_id AS entity_id, i.source AS source,
       i.first_seen_at AS first_seen_at, i.last_seen_at AS last_seen_at;
