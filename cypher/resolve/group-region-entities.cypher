// Incremental resolution: group entities of the last run with their facts and every identifier, by
// node id. Read-only.
// $ids: [group_id]
UNWIND $ids AS entity
MATCH (e:Group {group_id: entity})
RETURN entity AS id, e.first_seen_at AS first_seen_at, e.identifier_count AS identifier_count,
       [(i:GroupIdentifier)-[:IDENTIFIES]->(e)
          | {id: id(i), type: i.type, value: i.value, first_seen_at: i.first_seen_at}] AS members;
