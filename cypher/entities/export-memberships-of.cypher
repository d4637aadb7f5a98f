// The memberships of the persons named, streamed for a projection scoped to them.
// $ids: person ids
UNWIND $ids AS id
MATCH (p:Person {person_id: id})-[m:MEMBER_OF]->(g:Group)
RETURN p.person_id AS person_id, g.group_id AS group_id, m.role AS role, m.source AS source,
       m.established_at AS established_at, m.last_seen_at AS last_seen_at;
