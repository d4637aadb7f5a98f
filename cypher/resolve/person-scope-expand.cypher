// Incremental resolution, step 2 (after the guardrails), run until it adds nothing: takes the
// identifiers last added to the scope ($frontier) and returns what resolution links them to that
// is not in the scope yet ($scope), exactly as person-project links them (linkable SAME_AS between
// identifiers not excluded, the spokes of an excluded hub's star, force-together pairs), plus the
// other identifiers of their current entity. The scope is then closed: its connected components
// are whole, so resolving the scope alone gives what resolving everything would.
// $frontier, $scope: element ids; $together: [{a_type, a_value, b_type, b_value}]
// $entities: false on the first pass after the seed, whose frontier already holds the whole
// current entity of each of its identifiers (the guardrails only ever remove an entity_id).
UNWIND $frontier AS id
MATCH (i:PersonIdentifier)
WHERE elementId(i) = id
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
  UNWIND CASE WHEN $entities THEN [i.entity_id] ELSE [] END AS entity
  MATCH (j:PersonIdentifier {entity_id: entity})
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
WHERE NOT elementId(j) IN $scope
RETURN elementId(j) AS id, j.type AS type, j.value AS value;
