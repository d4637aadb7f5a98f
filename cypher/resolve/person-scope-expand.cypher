// Incremental resolution, step 2 (after the guardrails), run until it adds nothing: takes the
// identifiers last added to the scope (ResolveFrontier) and adds what resolution links them to,
// exactly as person-project links them (linkable SAME_AS between identifiers not excluded, the
// spokes of an excluded hub's star, force-together pairs), plus the other identifiers of their
// current entity. The scope is then closed: its connected components are whole, so resolving the
// scope alone gives what resolving everything would. Returns how many identifiers it added.
// $together: [{a_type, a_value, b_type, b_value}]
MATCH (i:PersonIdentifier:ResolveFrontier)
REMOVE i:ResolveFrontier
WITH i
CALL (i) {
  MATCH (i)-[r:SAME_AS]-(j:PersonIdentifier)
  WHERE r.linkable = true AND (i.excluded IS NULL OR i.excluded = false)
    AND (j.excluded IS NULL OR j.excluded = false)
  RETURN j
  UNION
  MATCH (i)<-[r:SAME_AS]-(hub:PersonIdentifier {excluded: true})
        -[spoke:SAME_AS]->(j:PersonIdentifier)
  WHERE r.linkable = true AND spoke.edge_id = r.edge_id
    AND (j.excluded IS NULL OR j.excluded = false)
  RETURN j
  UNION
  MATCH (j:PersonIdentifier {entity_id: i.entity_id})
  RETURN j
  UNION
  UNWIND $together AS pair
  WITH pair
  WHERE (i.type = pair.a_type AND i.value = pair.a_value)
     OR (i.type = pair.b_type AND i.value = pair.b_value)
  MATCH (j:PersonIdentifier)
  WHERE (j.type = pair.a_type AND j.value = pair.a_value)
     OR (j.type = pair.b_type AND j.value = pair.b_value)
  RETURN j
}
WITH DISTINCT j
WHERE NOT j:ResolveScope
SET j:ResolveScope:ResolveFrontier
RETURN count(j) AS added;
