// The evidence graph of one entity kind as a native GDS projection: the identifier nodes ($labels:
// the kind's identifier label, plus Excluded when some are excluded, for native-filter to drop
// them) and every SAME_AS between them, undirected, with its numeric link (1 linkable, 0 not).
// Loads the store's records directly: several times faster than the Cypher projection used before.
// $graph: the projection's name; $labels: ['PersonIdentifier'] or ['PersonIdentifier', 'Excluded']
CALL gds.graph.project($graph, $labels,
  {SAME_AS: {orientation: 'UNDIRECTED', properties: {link: {defaultValue: 0}}}})
YIELD nodeCount, relationshipCount
RETURN nodeCount AS nodes, relationshipCount AS relationships;
