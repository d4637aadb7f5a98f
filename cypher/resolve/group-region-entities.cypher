// Incremental resolution: group entities of the last run with their facts and every identifier, by
// node id. Read-only. The identifiers come as four lists of the same order, not as a list of maps:
// a map repeats its four keys for each identifier on the wire, and a large-scale night reads about
// 60,000 of them.
// $ids: [group_id]
UNWIND $ids AS entity
MATCH (e:Group {group_id: entity})
WITH entity, e, [(i:GroupIdentifier)-[:IDENTIFIES]->(e) | i] AS members
RETURN entity AS id, e.first_seen_at AS first_seen_at, e.identifier_count AS identifier_count,
       [i IN members | id(i)] AS member_ids, [i IN members | i.type] AS member_types,
       [i IN members | i.value] AS member_values,
       [i IN members | i.first_seen_at] AS member_first_seen_at;
