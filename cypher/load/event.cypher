// One Event node per event_id, written together with the evidence its record carries: INVOLVES
// (with roles), the SAME_AS stars of its edges, its trait observations (hung off their edge's hub
// by TRAIT_OBSERVED) and its observed memberships. Identifier nodes are loaded before this
// statement and are reached by MERGE on their unique keys, whose plan is always the constraint's
// index seek whatever the statistics say.
//
// Why one statement: event ids, edge ids and trait ids are hashes of the source record, so the
// evidence of an event never changes, and an event that exists came with all of its evidence
// (same transaction). A new event therefore CREATEs its relationships, with no lookup of what might
// already be there; an event that exists is skipped with everything it carries. That makes loading
// the same rows twice a no-op and a failed load safe to repeat, without a relationship MERGE (whose
// plan may scan every relationship of a type when statistics are stale).
// Both ends of a new SAME_AS are labelled PendingResolve: new evidence is where the next
// resolution starts its scope (an identifier merely seen again cannot change any entity).
// SAME_AS carries link (1 linkable, 0 not) beside linkable: GDS projects only numbers, and the
// resolver's native projection reads it.
// $rows: [{event_id, props: {occurred_at, name, type, source, description, value, value_unit,
//          consent}, involves_person: [{type, value, edge_id, role}], involves_group: [...],
//          same_as_person: [{hub_type, hub_value, other_type, other_value, edge_id, source,
//          occurred_at, event_id, linkable}], same_as_group: [...], person_traits: [{id, name,
//          value, source, occurred_at, event_id, edge_id, hub_type, hub_value}], group_traits:
//          [...], memberships: [{person_type, person_value, group_type, group_value, event_id, role,
//          occurred_at, source}]}], in the order the events arrived
UNWIND $rows AS row
MERGE (e:Event {event_id: row.event_id})
ON CREATE SET e += row.props, e.loading = true
WITH e, row
WHERE e.loading = true
REMOVE e.loading
WITH e, row
CALL (e, row) {
  UNWIND row.involves_person AS r
  MERGE (i:PersonIdentifier {type: r.type, value: r.value})
  CREATE (e)-[:INVOLVES {edge_id: r.edge_id, role: r.role}]->(i)
}
CALL (e, row) {
  UNWIND row.involves_group AS r
  MERGE (i:GroupIdentifier {type: r.type, value: r.value})
  CREATE (e)-[:INVOLVES {edge_id: r.edge_id, role: r.role}]->(i)
}
CALL (row) {
  UNWIND row.same_as_person AS r
  MERGE (hub:PersonIdentifier {type: r.hub_type, value: r.hub_value})
  MERGE (other:PersonIdentifier {type: r.other_type, value: r.other_value})
  CREATE (hub)-[:SAME_AS {edge_id: r.edge_id, source: r.source, occurred_at: r.occurred_at,
                          event_id: r.event_id, linkable: r.linkable,
                          link: CASE WHEN r.linkable THEN 1 ELSE 0 END}]->(other)
  SET hub:PendingResolve, other:PendingResolve
}
CALL (row) {
  UNWIND row.same_as_group AS r
  MERGE (hub:GroupIdentifier {type: r.hub_type, value: r.hub_value})
  MERGE (other:GroupIdentifier {type: r.other_type, value: r.other_value})
  CREATE (hub)-[:SAME_AS {edge_id: r.edge_id, source: r.source, occurred_at: r.occurred_at,
                          event_id: r.event_id, linkable: r.linkable,
                          link: CASE WHEN r.linkable THEN 1 ELSE 0 END}]->(other)
  SET hub:PendingResolve, other:PendingResolve
}
CALL (row) {
  UNWIND row.person_traits AS r
  CREATE (t:PersonTrait {id: r.id, name: r.name, value: r.value, source: r.source,
                         occurred_at: r.occurred_at, event_id: r.event_id, edge_id: r.edge_id})
  WITH t, r
  WHERE r.hub_type IS NOT NULL
  MERGE (hub:PersonIdentifier {type: r.hub_type, value: r.hub_value})
  CREATE (hub)-[:TRAIT_OBSERVED]->(t)
}
CALL (row) {
  UNWIND row.group_traits AS r
  CREATE (t:GroupTrait {id: r.id, name: r.name, value: r.value, source: r.source,
                        occurred_at: r.occurred_at, event_id: r.event_id, edge_id: r.edge_id})
  WITH t, r
  WHERE r.hub_type IS NOT NULL
  MERGE (hub:GroupIdentifier {type: r.hub_type, value: r.hub_value})
  CREATE (hub)-[:TRAIT_OBSERVED]->(t)
}
CALL (row) {
  UNWIND row.memberships AS r
  MERGE (p:PersonIdentifier {type: r.person_type, value: r.person_value})
  MERGE (g:GroupIdentifier {type: r.group_type, value: r.group_value})
  CREATE (p)-[:MEMBER_OF_OBSERVED {event_id: r.event_id, role: r.role, occurred_at: r.occurred_at,
                                   source: r.source}]->(g)
};
