// How many nodes the graph holds (from the count store, instantly): the bulk import only writes
// into an empty graph, because Neo4j's importer replaces the whole database.
MATCH (n)
RETURN count(n) AS nodes;
