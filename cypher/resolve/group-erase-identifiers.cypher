// Erasure of single identifiers: each is deleted with everything attached to it. The entity it
// belonged to is re-resolved on the next run (it may split, or vanish when nothing is left).
// Returns the identifiers that were in the graph.
// $keys: [{type, value}]
UNWIND $keys AS key
MATCH (i:GroupIdentifier {type: key.type, value: key.value})
DETACH DELETE i
RETURN key.type AS type, key.value AS value;
