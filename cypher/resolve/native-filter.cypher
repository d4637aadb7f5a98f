// A subgraph of a native projection without the excluded identifiers ($nodeFilter, e.g.
// 'n:PersonIdentifier AND NOT n:Excluded'): an excluded identifier links nothing.
// $graph: the new projection's name; $from: the projection to filter
CALL gds.graph.filter($graph, $from, $nodeFilter, '*')
YIELD nodeCount, relationshipCount
RETURN nodeCount AS nodes, relationshipCount AS relationships;
