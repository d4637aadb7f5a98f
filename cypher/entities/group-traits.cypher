// Resolved traits of groups: per group and trait name the winning observation, marked by
// HAS_TRAIT. All observations stay (the history); only the marks move, and a group whose winners
// did not change is not written.
// Candidates: traits hanging off the group's identifiers (an edge's hub), and traits of an edge
// whose hub belongs to no entity (an excluded shared identifier) when the group holds another
// identifier of that edge.
// Winner: best source rank (position in $priorities[name]; unlisted sources after listed ones),
// then latest occurred_at, then smallest source, value, id.
// $ids: group ids; $priorities: {trait name: [source, ...], most trusted first}
UNWIND $ids AS id
MATCH (e:Group {group_id: id})
CALL (e) {
  MATCH (e)<-[:IDENTIFIES]-(i:GroupIdentifier)
  CALL (i) {
    MATCH (i)-[:TRAIT_OBSERVED]->(t:GroupTrait)
    RETURN t
    UNION
    MATCH (i)<-[s:SAME_AS]-(hub:GroupIdentifier)-[:TRAIT_OBSERVED]->(t:GroupTrait)
    WHERE t.edge_id = s.edge_id AND NOT EXISTS { (hub)-[:IDENTIFIES]->(:Group) }
    RETURN t
  }
  WITH DISTINCT t
  WITH t, coalesce($priorities[t.name], []) AS order
  WITH t, coalesce([k IN range(0, size(order) - 1) WHERE order[k] = t.source][0], size(order)) AS rank
  ORDER BY rank, t.occurred_at DESC, t.source, t.value, t.id
  WITH t.name AS name, collect(t)[0] AS winner
  RETURN collect(winner) AS winners
}
OPTIONAL MATCH (e)-[old:HAS_TRAIT]->(x:GroupTrait)
WHERE NOT x IN winners
DELETE old
WITH DISTINCT e, winners
UNWIND winners AS w
MERGE (e)-[:HAS_TRAIT]->(w)
RETURN count(*) AS winners;
