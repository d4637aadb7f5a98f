// Memberships of persons in groups, recomputed from all of each person's identifiers.
// Observed: per (person, group), over MEMBER_OF_OBSERVED between their identifiers, the latest
// observation's role and source (ties: smaller source, role, event_id); established_at = the
// earliest observation, last_seen_at = the latest.
// Inferred (when $infer): the person has an email whose domain is a domain identifier of the group,
// nothing was observed for the pair, and the domain is not personal ($personal): role
// $inferred_role, source $inferred_source, established_at / last_seen_at = the first / last
// sighting of those emails.
// MEMBER_OF that neither supports any more is removed.
// $ids: person ids; $infer; $personal: [domain]; $domain_type; $inferred_role; $inferred_source
UNWIND $ids AS id
MATCH (p:Person {person_id: id})
CALL (p) {
  MATCH (p)<-[:IDENTIFIES]-(:PersonIdentifier)-[m:MEMBER_OF_OBSERVED]->(:GroupIdentifier)
        -[:IDENTIFIES]->(g:Group)
  WITH g, m
  ORDER BY m.occurred_at DESC, m.source, m.role, m.event_id
  WITH g, collect(m) AS ms, min(m.occurred_at) AS first, max(m.occurred_at) AS last
  RETURN collect({group: g, role: ms[0].role, source: ms[0].source,
                  established_at: first, last_seen_at: last}) AS observed
}
CALL (p, observed) {
  MATCH (p)<-[:IDENTIFIES]-(email:PersonIdentifier)
  WHERE $infer AND email.email_domain IS NOT NULL AND NOT email.email_domain IN $personal
  MATCH (:GroupIdentifier {type: $domain_type, value: email.email_domain})-[:IDENTIFIES]->(g:Group)
  WHERE NOT g IN [o IN observed | o.group]
  WITH g, min(email.first_seen_at) AS first, max(email.last_seen_at) AS last
  RETURN collect({group: g, role: $inferred_role, source: $inferred_source,
                  established_at: first, last_seen_at: last}) AS inferred
}
WITH p, observed + inferred AS wanted
OPTIONAL MATCH (p)-[old:MEMBER_OF]->(x:Group)
WHERE NOT x IN [w IN wanted | w.group]
DELETE old
WITH DISTINCT p, wanted
UNWIND wanted AS w
WITH p, w, w.group AS g
MERGE (p)-[m:MEMBER_OF]->(g)
SET m.role = w.role,
    m.source = w.source,
    m.established_at = w.established_at,
    m.last_seen_at = w.last_seen_at
RETURN count(*) AS memberships;
