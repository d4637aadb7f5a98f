// When two identifiers are apart: the shortest chain of ANY evidence between them (up to 12 hops),
// with the excluded identifiers and non-linkable edges on it, i.e. what keeps them apart.
MATCH (a:PersonIdentifier {type: $a_type, value: $a_value}), (b:PersonIdentifier {type: $b_type, value: $b_value})
MATCH p = SHORTEST 1 (a)-[:SAME_AS]-{1,12}(b)
RETURN [n IN nodes(p) WHERE n.excluded = true
          | {type: n.type, value: n.value, reason: n.excluded_reason, detail: n.excluded_detail}] AS excluded,
       [s IN relationships(p) WHERE s.linkable = false
          | {edge_id: s.edge_id, source: s.source, event_id: s.event_id}] AS unlinkable;
