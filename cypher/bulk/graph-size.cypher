// How many nodes the graph holds, from the count store, leaving out the graph-model version node
// (GraphMigrations) that every started graph has: the bulk import only loads an empty graph.
CALL () {
  MATCH (n)
  RETURN count(n) AS all
}
CALL () {
  MATCH (m:GraphModel)
  RETURN count(m) AS model
}
RETURN all - model AS nodes;
