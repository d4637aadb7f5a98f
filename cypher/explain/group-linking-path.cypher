// The shortest chain of identity evidence that links two identifiers: only linkable SAME_AS edges
// through identifiers that are not excluded, exactly what resolution used.
MATCH (a:GroupIdentifier {type: $a_type, value: $a_value}), (b:GroupIdentifier {type: $b_type, value: $b_value})
MATCH p = SHORTEST 1 (a)(()-[r:SAME_AS WHERE r.linkable = true]-(x WHERE x.excluded IS NULL OR x.excluded = false))+(b)
RETURN [n IN nodes(p) | {type: n.type, value: n.value}] AS nodes,
       [s IN relationships(p) | {edge_id: s.edge_id, source: s.source, event_id: s.event_id, occurred_at: s.occurred_at}] AS hops;
