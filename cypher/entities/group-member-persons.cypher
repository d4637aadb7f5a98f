// The persons whose memberships may change when these groups changed (merged, split, gained or
// lost identifiers): current members, persons observed as members of one of the groups'
// identifiers, and (when $infer) persons with an email at one of the groups' domains. Read-only.
// $ids: group ids; $infer; $personal: [domain]; $domain_type
UNWIND $ids AS id
MATCH (g:Group {group_id: id})
CALL (g) {
  MATCH (g)<-[:MEMBER_OF]-(p:Person)
  RETURN p
  UNION
  MATCH (g)<-[:IDENTIFIES]-(:GroupIdentifier)<-[:MEMBER_OF_OBSERVED]-(:PersonIdentifier)
        -[:IDENTIFIES]->(p:Person)
  RETURN p
  UNION
  MATCH (g)<-[:IDENTIFIES]-(d:GroupIdentifier {type: $domain_type})
  WHERE $infer AND NOT d.value IN $personal
  MATCH (:PersonIdentifier {email_domain: d.value})-[:IDENTIFIES]->(p:Person)
  RETURN p
}
RETURN DISTINCT p.person_id AS id
ORDER BY id;
