// Every resolved membership, streamed for the memberships table.
MATCH (p:Person)-[m:MEMBER_OF]->(g:Group)
RETURN p.person_id AS person_id, g.group_id AS group_id, m.role AS role, m.source AS source,
       m.established_at AS established_at, m.last_seen_at AS last_seen_at;
